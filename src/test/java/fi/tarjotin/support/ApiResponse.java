package fi.tarjotin.support;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A response as the client saw it: status, headers and the raw body, with JSON helpers. */
public record ApiResponse(int status, java.net.http.HttpHeaders headers, String body, JsonMapper mapper) {

    static ApiResponse of(HttpResponse<String> response, JsonMapper mapper) {
        return new ApiResponse(response.statusCode(), response.headers(), response.body(), mapper);
    }

    public JsonNode json() {
        try {
            return mapper.readValue(body, JsonNode.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Not JSON: " + body, e);
        }
    }

    public Optional<String> header(String name) {
        return headers.firstValue(name);
    }

    /** A string property at a dotted path, for example {@code error.code}. */
    public String text(String path) {
        JsonNode node = at(path);
        return node == null ? null : node.getStringValue();
    }

    public JsonNode at(String path) {
        JsonNode node = json();
        for (String part : path.split("\\.")) {
            if (node == null) {
                return null;
            }
            node = part.matches("\\d+") ? node.get(Integer.parseInt(part)) : node.get(part);
        }
        return node;
    }

    /** The {@code value} items of a list response. */
    public List<JsonNode> items() {
        List<JsonNode> items = new ArrayList<>();
        json().get("value").values().forEach(items::add);
        return items;
    }

    /** The ids of the {@code value} items of a list response. */
    public List<String> ids() {
        return items().stream().map(i -> i.get("id").getStringValue()).toList();
    }

    @Override
    public String toString() {
        return status + " " + body;
    }
}
