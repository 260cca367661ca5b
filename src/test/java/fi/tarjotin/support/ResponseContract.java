package fi.tarjotin.support;

import com.fasterxml.jackson.databind.JsonNode;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks every response the test suite receives through {@link Api} against the connector definition:
 * a success response of a declared operation must carry the declared status and a body that matches the
 * declared schema. A response that does not fails the test that received it.
 */
public final class ResponseContract {

    private ResponseContract() {
    }

    static void check(String method, URI uri, ApiResponse response) {
        if (response.status() < 200 || response.status() >= 300) {
            return;
        }
        Optional<ConnectorDefinition.Operation> operation = ConnectorDefinition.load().match(method, uri.getPath());
        if (operation.isEmpty()) {
            return;
        }
        ConnectorDefinition.Operation op = operation.get();
        Map.Entry<String, JsonNode> declared = op.success();
        String where = method + " " + uri.getPath() + " (" + op.id() + ")";
        if (response.status() != Integer.parseInt(declared.getKey())) {
            throw new AssertionError(where + " answered " + response.status() + " but the connector declares "
                    + declared.getKey());
        }
        JsonNode schema = declared.getValue().get("schema");
        if (schema == null || !response.header("Content-Type").orElse("application/json").contains("json")) {
            return;
        }
        List<String> problems = ConnectorDefinition.violations(schema, ConnectorDefinition.parse(response.body()));
        if (!problems.isEmpty()) {
            throw new AssertionError(where + " answered a body that does not match the connector's schema: "
                    + problems + "\n" + response.body());
        }
    }
}
