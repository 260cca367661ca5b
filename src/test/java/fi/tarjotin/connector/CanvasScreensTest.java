package fi.tarjotin.connector;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import fi.tarjotin.support.ConnectorDefinition;
import fi.tarjotin.support.SharedReference;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The canvas screens a maker pastes into Power Apps Studio ({@code connector-definition/canvas/*.pa.yaml}) are
 * valid Power Apps source (Microsoft's pa.yaml v3.0 schema, read from {@code ../shared/reference/powerapps/}), and
 * every connector call in their formulas names an operation of the definition with arguments it takes.
 */
class CanvasScreensTest {

    static final Path CANVAS = ConnectorDefinition.DIRECTORY.resolve("canvas");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theScreensForSearchDetailsMyListingsAndEditingAreThere() {
        assertEquals(List.of("EditListingScreen", "ListingScreen", "MyListingsScreen", "SearchScreen"),
                screenFiles().stream().map(f -> f.getFileName().toString().replace(".pa.yaml", "")).sorted().toList());
        for (Path file : screenFiles()) {
            JsonNode screens = read(file).path("Screens");
            assertEquals(1, screens.size(), file + " holds one screen, to paste on its own");
            assertTrue(screens.has(file.getFileName().toString().replace(".pa.yaml", "")), file.toString());
        }
    }

    @Test
    void everyScreenValidatesAgainstThePowerAppsSourceSchema() {
        JsonSchema schema = powerAppsSourceSchema();
        Map<String, List<String>> problems = new TreeMap<>();
        for (Path file : screenFiles()) {
            List<String> messages = schema.validate(read(file)).stream().map(ValidationMessage::getMessage).sorted()
                    .toList();
            if (!messages.isEmpty()) {
                problems.put(file.getFileName().toString(), messages);
            }
        }
        assertEquals(Map.of(), problems);
    }

    @Test
    void theSchemaCheckNoticesAScreenThatIsNotPowerAppsSource() {
        JsonSchema schema = powerAppsSourceSchema();
        JsonNode notAFormula = yaml("Screens:\n  S:\n    Children:\n      - Btn:\n          Control: Classic/Button\n"
                + "          Properties:\n            Text: Hae\n");

        assertFalse(schema.validate(notAFormula).isEmpty(), "a property without '=' passed as a formula");
    }

    @Test
    void everyConnectorCallNamesAnOperationAndArgumentsOfTheDefinition() {
        CanvasConnectorCalls calls = new CanvasConnectorCalls(ConnectorDefinition.load().swagger());
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (Path file : screenFiles()) {
            for (String formula : formulas(read(file))) {
                checked += calls.count(formula);
                calls.problems(formula).forEach(p -> problems.add(file.getFileName() + ": " + p));
            }
        }
        assertEquals(List.of(), problems);
        assertTrue(checked >= 10, "only " + checked + " connector calls were found in the screens");
    }

    @Test
    void theCallCheckNoticesAnUnknownOperationParameterOrArgumentCount() {
        CanvasConnectorCalls calls = new CanvasConnectorCalls(ConnectorDefinition.load().swagger());
        String connector = calls.connectorName();

        assertEquals("TarjotinOpportunities", connector, "the name the screens and the README use");
        assertEquals(List.of(), calls.problems("=" + connector + ".SearchOpportunities({municipality: \"167\", top: 20})"));
        assertEquals(1, calls.problems("=" + connector + ".FindOpportunities({q: \"x\"})").size());
        assertEquals(1, calls.problems("=" + connector + ".SearchOpportunities({kunta: \"167\"})").size());
        assertEquals(1, calls.problems("=" + connector + ".GetOpportunity()").size());
        assertEquals(1, calls.problems("=" + connector + ".UpdateOpportunity(id, {title: {fi: \"x\"}})").size(),
                "the version is required");
        assertEquals(List.of(), calls.problems("=" + connector + ".PublishOpportunity(id, {'If-Match': \"3\"})"));
    }

    /** Microsoft's pa.yaml v3.0 schema, read from shared/reference; where it is absent the test is skipped. */
    private static JsonSchema powerAppsSourceSchema() {
        Path file = SharedReference.require(SharedReference.folder("powerapps"), "pa.schema.yaml",
                "the canvas screens' validation against Microsoft's pa.yaml v3.0 schema");
        JsonNode schema = read(file);
        // The published pattern of CodeComponent-ComponentName has one ')' too many, so no regex engine compiles it
        // (and validators compile every pattern up front). It applies only to code components (PCF controls), which
        // the screens do not use; the parenthesis it evidently lacks is added here.
        ObjectNode codeComponentName = (ObjectNode) schema.path("definitions").path("CodeComponent-ComponentName");
        String pattern = codeComponentName.path("pattern").asText();
        if (pattern.startsWith("^([a-zA-Z][a-zA-Z0-9]{1,7})_)?")) {
            codeComponentName.put("pattern", "^(" + pattern.substring(1));
        }
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7, builder -> builder
                // Meta-schemas come from the validator's own copies: the build never goes to the network.
                .schemaMappers(mappers -> mappers.mapPrefix("http://json-schema.org/", "classpath:")))
                .getSchema(schema);
    }

    private static List<Path> screenFiles() {
        try (Stream<Path> files = Files.list(CANVAS)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".pa.yaml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every formula of a screen: the string values that start with '='. */
    private static List<String> formulas(JsonNode node) {
        List<String> found = new ArrayList<>();
        if (node.isTextual() && node.asText().startsWith("=")) {
            found.add(node.asText());
        }
        node.elements().forEachRemaining(child -> found.addAll(formulas(child)));
        return found;
    }

    private static JsonNode read(Path file) {
        try {
            return yaml(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode yaml(String text) {
        return JSON.valueToTree(new Yaml(new SafeConstructor(new LoaderOptions())).load(text));
    }
}
