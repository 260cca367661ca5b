package fi.tarjotin.common;

import io.micronaut.json.tree.JsonNode;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * JSON Merge Patch (RFC 7396): objects merge member by member, {@code null} removes a member, anything
 * else replaces it. A PATCH body is merged into the record's current state and the result validated whole.
 */
public final class MergePatch {

    private MergePatch() {
    }

    public static JsonNode apply(JsonNode target, JsonNode patch) {
        if (!patch.isObject()) {
            return patch;
        }
        Map<String, JsonNode> merged = new LinkedHashMap<>();
        if (target != null && target.isObject()) {
            target.entries().forEach(e -> merged.put(e.getKey(), e.getValue()));
        }
        patch.entries().forEach(e -> {
            if (e.getValue().isNull()) {
                merged.remove(e.getKey());
            } else {
                merged.put(e.getKey(), apply(merged.get(e.getKey()), e.getValue()));
            }
        });
        return JsonNode.createObjectNode(merged);
    }
}
