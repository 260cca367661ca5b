package fi.tarjotin.connector;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Connector calls in Power Fx formulas, checked against the connector definition the way Power Apps binds them:
 * {@code Connector.OperationId(required…, {optional: …})}. The required inputs (required parameters, and the
 * required properties of the body, which Power Apps flattens) come positionally; the optional ones by name in one
 * trailing record. Internal parameters are filled in by the platform and never passed.
 */
final class CanvasConnectorCalls {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

    private final JsonNode swagger;
    private final String connector;
    private final Map<String, Inputs> operations = new LinkedHashMap<>();
    private final Pattern call;

    /** What an operation takes: its required inputs in order (name and type), and the names it takes in the record. */
    record Inputs(List<Map.Entry<String, String>> requiredInputs, Set<String> optional) {

        int required() {
            return requiredInputs.size();
        }
    }

    CanvasConnectorCalls(JsonNode swagger) {
        this.swagger = swagger;
        // Power Apps names the data source after the connector's title, without spaces.
        this.connector = swagger.path("info").path("title").asText().replaceAll("[^A-Za-z0-9]", "");
        swagger.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(m -> {
            if (METHODS.contains(m.getKey())) {
                operations.put(m.getValue().path("operationId").asText(), inputs(path.getValue(), m.getValue()));
            }
        }));
        this.call = Pattern.compile("\\b" + Pattern.quote(connector) + "\\.([A-Za-z0-9_]+)\\s*\\(");
    }

    String connectorName() {
        return connector;
    }

    int count(String formula) {
        return (int) call.matcher(formula).results().count();
    }

    /** What is wrong with the connector calls of one formula; empty when each fits its operation. */
    List<String> problems(String formula) {
        List<String> problems = new ArrayList<>();
        Matcher m = call.matcher(formula);
        while (m.find()) {
            String operation = m.group(1);
            Inputs inputs = operations.get(operation);
            if (inputs == null) {
                problems.add(connector + "." + operation + ": no such operation in the definition");
                continue;
            }
            List<String> arguments = splitTopLevel(formula.substring(m.end(), closing(formula, m.end() - 1)));
            int positional = arguments.size();
            String last = arguments.isEmpty() ? "" : arguments.get(arguments.size() - 1).strip();
            if (positional == inputs.required() + 1 && last.startsWith("{") && last.endsWith("}")) {
                positional--;
                for (String name : recordFieldNames(last)) {
                    if (!inputs.optional().contains(name)) {
                        problems.add(connector + "." + operation + ": takes no optional input '" + name + "' (it takes "
                                + inputs.optional() + ")");
                    }
                }
            }
            if (positional != inputs.required()) {
                problems.add(connector + "." + operation + ": takes " + inputs.required() + " required inputs before its "
                        + "record of optional ones, but is given " + positional);
                continue;
            }
            for (int i = 0; i < positional; i++) {
                String argument = arguments.get(i).strip();
                Map.Entry<String, String> input = inputs.requiredInputs().get(i);
                if (argument.startsWith("{") && argument.endsWith("}") && !"object".equals(input.getValue())) {
                    problems.add(connector + "." + operation + ": is given a record where its required input '"
                            + input.getKey() + "' (" + input.getValue() + ") goes");
                }
            }
        }
        return problems;
    }

    private Inputs inputs(JsonNode pathItem, JsonNode operation) {
        List<Map.Entry<String, String>> required = new ArrayList<>();
        Set<String> optional = new HashSet<>();
        List<JsonNode> parameters = new ArrayList<>();
        pathItem.path("parameters").forEach(parameters::add);
        operation.path("parameters").forEach(parameters::add);
        for (JsonNode declared : parameters) {
            JsonNode parameter = resolve(declared);
            if ("internal".equals(parameter.path("x-ms-visibility").asText())) {
                continue;
            }
            if ("body".equals(parameter.path("in").asText())) {
                JsonNode schema = resolve(parameter.path("schema"));
                Set<String> requiredProperties = new HashSet<>();
                Map<String, JsonNode> properties = new LinkedHashMap<>();
                collect(schema, requiredProperties, properties);
                for (Map.Entry<String, JsonNode> property : properties.entrySet()) {
                    String name = property.getKey();
                    if (requiredProperties.contains(name)) {
                        required.add(Map.entry(name, typeOf(property.getValue())));
                    } else {
                        optional.add(name);
                    }
                }
            } else if (parameter.path("required").asBoolean(false)) {
                required.add(Map.entry(parameter.path("name").asText(), parameter.path("type").asText("string")));
            } else {
                optional.add(parameter.path("name").asText());
            }
        }
        return new Inputs(List.copyOf(required), Set.copyOf(optional));
    }

    private String typeOf(JsonNode schema) {
        JsonNode resolved = resolve(schema);
        return resolved.has("properties") || resolved.has("allOf") ? "object" : resolved.path("type").asText("object");
    }

    /** The properties of a body schema, through {@code $ref} and {@code allOf}. */
    private void collect(JsonNode schema, Set<String> required, Map<String, JsonNode> properties) {
        JsonNode resolved = resolve(schema);
        resolved.path("allOf").forEach(part -> collect(part, required, properties));
        resolved.path("required").forEach(name -> required.add(name.asText()));
        resolved.path("properties").fields().forEachRemaining(p -> {
            if (!"internal".equals(resolve(p.getValue()).path("x-ms-visibility").asText())) {
                properties.put(p.getKey(), p.getValue());
            }
        });
    }

    /** A local {@code $ref} (#/parameters/…, #/definitions/…) followed to what it names. */
    private JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        for (int depth = 0; current.has("$ref") && depth < 10; depth++) {
            current = swagger.at(current.path("$ref").asText().substring(1));
        }
        return current;
    }

    /** The index of the parenthesis that closes the one at {@code open}. */
    private static int closing(String text, int open) {
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\'') {
                i = text.indexOf(c, i + 1);
                if (i < 0) {
                    break;
                }
            } else if (c == '(' || c == '{' || c == '[') {
                depth++;
            } else if ((c == ')' || c == '}' || c == ']') && --depth == 0) {
                return i;
            }
        }
        throw new IllegalArgumentException("unbalanced call in formula: " + text);
    }

    /** The parts of a list at its top level, split at commas outside strings, calls, records and tables. */
    private static List<String> splitTopLevel(String text) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\'') {
                i = text.indexOf(c, i + 1);
                if (i < 0) {
                    break;
                }
            } else if (c == '(' || c == '{' || c == '[') {
                depth++;
            } else if (c == ')' || c == '}' || c == ']') {
                depth--;
            } else if (c == ',' && depth == 0) {
                parts.add(text.substring(start, i));
                start = i + 1;
            }
        }
        if (!text.isBlank()) {
            parts.add(text.substring(start));
        }
        return parts;
    }

    /** The field names of a record literal {@code {a: 1, 'B-c': 2}}. */
    private static List<String> recordFieldNames(String record) {
        List<String> names = new ArrayList<>();
        for (String field : splitTopLevel(record.substring(1, record.length() - 1))) {
            int colon = field.indexOf(':');
            if (colon > 0) {
                names.add(field.substring(0, colon).strip().replaceAll("^'(.*)'$", "$1"));
            }
        }
        return names;
    }
}
