package fi.tarjotin.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The Power Platform connector definition ({@code connector-definition/}) as the tests read it: its
 * operations, and its response schemas turned into strict JSON Schemas (every object closed with
 * {@code additionalProperties: false}, so a property the service sends but the definition does not
 * declare is caught, as is a null where a type is declared).
 */
public final class ConnectorDefinition {

    public static final Path DIRECTORY = Path.of("connector-definition");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");
    private static ConnectorDefinition loaded;

    private final JsonNode document;
    private final JsonNode swagger;
    private final List<Operation> operations;

    /** One operation: method, path template, the path item and the operation object. */
    public record Operation(String method, String path, JsonNode pathItem, JsonNode node, Pattern matcher) {

        public String id() {
            return node.path("operationId").asText();
        }

        public List<JsonNode> parameters() {
            List<JsonNode> parameters = new ArrayList<>();
            node.path("parameters").forEach(parameters::add);
            return parameters;
        }

        public Optional<JsonNode> body() {
            return parameters().stream().filter(p -> p.path("in").asText().equals("body")).findFirst();
        }

        /** The declared success status and response. */
        public Map.Entry<String, JsonNode> success() {
            Iterator<Map.Entry<String, JsonNode>> it = node.path("responses").fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                if (e.getKey().startsWith("2")) {
                    return e;
                }
            }
            throw new AssertionError(id() + " declares no 2xx response");
        }

        int templateCount() {
            return (int) path.chars().filter(c -> c == '{').count();
        }
    }

    private ConnectorDefinition(JsonNode document) {
        this.document = document;
        this.swagger = resolved(document);
        List<Operation> ops = new ArrayList<>();
        swagger.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(m -> {
            if (METHODS.contains(m.getKey())) {
                String regex = "^" + path.getKey().replaceAll("\\{[^}]+}", "[^/]+") + "$";
                ops.add(new Operation(m.getKey().toUpperCase(Locale.ROOT), path.getKey(), path.getValue(), m.getValue(),
                        Pattern.compile(regex)));
            }
        }));
        this.operations = List.copyOf(ops);
    }

    /** A definition from a document in memory, for checking a changed copy. */
    public static ConnectorDefinition of(JsonNode swagger) {
        return new ConnectorDefinition(swagger);
    }

    public static synchronized ConnectorDefinition load() {
        if (loaded == null) {
            loaded = new ConnectorDefinition(read(DIRECTORY.resolve("apiDefinition.swagger.json")));
        }
        return loaded;
    }

    public static JsonNode read(Path file) {
        try {
            return JSON.readTree(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonNode parse(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The definition with every {@code $ref} replaced by what it points at, as the platform reads it. */
    public JsonNode swagger() {
        return swagger;
    }

    /** The definition as written, with its {@code $ref}s. */
    public JsonNode document() {
        return document;
    }

    /** A copy of a document with its local {@code $ref}s ({@code #/definitions/…}, {@code #/parameters/…}) inlined. */
    public static JsonNode resolved(JsonNode document) {
        return inline(document, document, new ArrayList<>());
    }

    private static JsonNode inline(JsonNode node, JsonNode root, List<String> trail) {
        if (node.isObject() && node.has("$ref")) {
            String ref = node.path("$ref").asText();
            if (!ref.startsWith("#/") || trail.contains(ref)) {
                return node.deepCopy();
            }
            JsonNode target = root.at(ref.substring(1));
            if (target.isMissingNode()) {
                return node.deepCopy();
            }
            trail.add(ref);
            JsonNode inlined = inline(target, root, trail);
            trail.remove(trail.size() - 1);
            return inlined;
        }
        if (node.isObject()) {
            ObjectNode copy = JSON.createObjectNode();
            node.fields().forEachRemaining(e -> copy.set(e.getKey(), inline(e.getValue(), root, trail)));
            return copy;
        }
        if (node.isArray()) {
            com.fasterxml.jackson.databind.node.ArrayNode copy = JSON.createArrayNode();
            node.forEach(e -> copy.add(inline(e, root, trail)));
            return copy;
        }
        return node;
    }

    public List<Operation> operations() {
        return operations;
    }

    public Operation operation(String operationId) {
        return operations.stream().filter(o -> o.id().equals(operationId)).findFirst()
                .orElseThrow(() -> new AssertionError("no operation " + operationId));
    }

    /** The operation a request goes to: literal paths win over templates, as in the service's router. */
    public Optional<Operation> match(String method, String path) {
        return operations.stream().filter(o -> o.method().equals(method) && o.matcher().matcher(path).matches())
                .min(Comparator.comparingInt(Operation::templateCount));
    }

    /** What is wrong with a body against a Swagger schema of the definition, checked strictly. */
    public static List<String> violations(JsonNode swaggerSchema, JsonNode body) {
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4)
                .getSchema(strict(swaggerSchema), SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());
        Set<ValidationMessage> messages = schema.validate(body);
        return messages.stream().map(ValidationMessage::getMessage).sorted().collect(Collectors.toList());
    }

    /** A Swagger schema as a closed JSON Schema: extensions dropped, objects with properties closed. */
    static JsonNode strict(JsonNode swaggerSchema) {
        JsonNode copy = swaggerSchema.deepCopy();
        close(copy);
        return copy;
    }

    private static void close(JsonNode node) {
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            List<String> extensions = new ArrayList<>();
            object.fieldNames().forEachRemaining(n -> {
                if (n.startsWith("x-ms-")) {
                    extensions.add(n);
                }
            });
            object.remove(extensions);
            if (object.has("properties") && !object.has("additionalProperties")) {
                object.put("additionalProperties", false);
            }
            object.elements().forEachRemaining(ConnectorDefinition::close);
        } else if (node.isArray()) {
            node.elements().forEachRemaining(ConnectorDefinition::close);
        }
    }
}
