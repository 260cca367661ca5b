package fi.tarjotin.support;

import io.micronaut.json.tree.JsonNode;

import java.util.List;
import java.util.stream.StreamSupport;

/** Small helpers for JSON trees in assertions. */
public final class Json {

    private Json() {
    }

    public static List<JsonNode> list(JsonNode array) {
        return array == null ? List.of() : StreamSupport.stream(array.values().spliterator(), false).toList();
    }

    public static List<String> strings(JsonNode array) {
        return list(array).stream().map(JsonNode::getStringValue).toList();
    }
}
