package fi.tarjotin.organisation;

import fi.tarjotin.error.ValidationException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * JSON merge patch (RFC 7396) onto an organisation: an absent property stays as it is, {@code null}
 * clears it, an object is merged property by property, anything else replaces the value.
 */
@Singleton
class OrganisationPatches {

    /** Properties a client may send back from a read that are not content. */
    private static final Set<String> READ_ONLY = Set.of("id", "version", "createdAt", "updatedAt");

    private final JsonMapper mapper;

    OrganisationPatches(JsonMapper mapper) {
        this.mapper = mapper;
    }

    /** The version named in the body, if any. */
    @Nullable Long version(JsonNode patch) {
        JsonNode version = patch.get("version");
        if (version == null || version.isNull()) {
            return null;
        }
        if (!version.isNumber()) {
            throw ValidationException.of("INVALID_VALUE", "version");
        }
        return version.getLongValue();
    }

    OrganisationDraft apply(OrganisationDraft current, JsonNode patch) {
        try {
            JsonNode merged = merge(mapper.writeValueToTree(current), withoutReadOnly(patch));
            return mapper.readValueFromTree(merged, OrganisationDraft.class);
        } catch (IOException | RuntimeException unreadable) {
            throw ValidationException.of("INVALID_VALUE", null);
        }
    }

    private static JsonNode withoutReadOnly(JsonNode patch) {
        Map<String, JsonNode> content = new LinkedHashMap<>();
        patch.entries().forEach(e -> {
            if (!READ_ONLY.contains(e.getKey())) {
                content.put(e.getKey(), e.getValue());
            }
        });
        return JsonNode.createObjectNode(content);
    }

    static JsonNode merge(@Nullable JsonNode target, JsonNode patch) {
        if (!patch.isObject()) {
            return patch;
        }
        Map<String, JsonNode> result = new LinkedHashMap<>();
        if (target != null && target.isObject()) {
            target.entries().forEach(e -> result.put(e.getKey(), e.getValue()));
        }
        patch.entries().forEach(e -> {
            if (e.getValue().isNull()) {
                result.remove(e.getKey());
            } else {
                result.put(e.getKey(), merge(result.get(e.getKey()), e.getValue()));
            }
        });
        return JsonNode.createObjectNode(result);
    }
}
