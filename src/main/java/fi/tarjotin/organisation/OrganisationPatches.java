package fi.tarjotin.organisation;

import fi.tarjotin.common.MergePatch;
import fi.tarjotin.error.ErrorCode;
import fi.tarjotin.error.ValidationException;
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

    OrganisationDraft apply(OrganisationDraft current, JsonNode patch) {
        try {
            JsonNode merged = MergePatch.apply(mapper.writeValueToTree(current), withoutReadOnly(patch));
            return mapper.readValueFromTree(merged, OrganisationDraft.class);
        } catch (IOException | RuntimeException unreadable) {
            throw ValidationException.of(ErrorCode.INVALID_VALUE, null);
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
}
