package fi.tarjotin.connector;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import fi.tarjotin.support.ConnectorDefinition;
import fi.tarjotin.support.SharedReference;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * The connector files validate against Microsoft's published schemas, read from
 * {@code ../shared/reference/powerplatform/} beside the clone (they are not copied into the repository);
 * without them each test is reported skipped, with the reason.
 */
class ConnectorSchemaTest {

    static final Path REFERENCE = SharedReference.folder("powerplatform");

    @Test
    void definitionValidatesAgainstTheSwaggerSchemaOfPowerPlatform() {
        assertEquals(List.of(), validate("apiDefinition.swagger.schema.json", SpecVersion.VersionFlag.V4,
                ConnectorDefinition.read(ConnectorDefinition.DIRECTORY.resolve("apiDefinition.swagger.json"))));
    }

    @Test
    void schemaValidationNoticesADefinitionThatIsNotSwagger2() {
        ObjectNode openApi3 = (ObjectNode) ConnectorDefinition.read(ConnectorDefinition.DIRECTORY.resolve("apiDefinition.swagger.json"));
        openApi3.put("swagger", "3.0");
        openApi3.putObject("components");
        assertNotEquals(List.of(), validate("apiDefinition.swagger.schema.json", SpecVersion.VersionFlag.V4, openApi3));
    }

    @Test
    void apiPropertiesValidateAgainstTheirSchema() {
        JsonNode properties = ConnectorDefinition.read(ConnectorDefinition.DIRECTORY.resolve("apiProperties.json"));
        ObjectNode oauth = (ObjectNode) properties.path("properties").path("connectionParameters").path("token")
                .path("oAuthSettings");
        // The published schema predates GlobalPerConnector, which the platform and its reviewers now require
        // (see the reference README): it is checked by ConnectorLintTest and validated here as "Global".
        assertEquals("GlobalPerConnector", oauth.path("redirectMode").asText());
        oauth.put("redirectMode", "Global");
        assertEquals(List.of(), validate("apiProperties.schema.json", SpecVersion.VersionFlag.V7, properties));
    }

    @Test
    void settingsValidateAgainstTheirSchema() {
        assertEquals(List.of(), validate("settings.schema.json", SpecVersion.VersionFlag.V7,
                ConnectorDefinition.read(ConnectorDefinition.DIRECTORY.resolve("settings.json"))));
    }

    private static List<String> validate(String schemaFile, SpecVersion.VersionFlag version, JsonNode document) {
        Path schemaPath = SharedReference.require(REFERENCE, schemaFile,
                "the connector files' validation against Microsoft's " + schemaFile);
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(version, builder -> builder
                // Meta-schemas come from the validator's own copies: the build never goes to the network.
                .schemaMappers(mappers -> mappers.mapPrefix("http://json-schema.org/", "classpath:")));
        JsonNode schemaNode = ConnectorDefinition.read(schemaPath);
        if (version != SpecVersion.VersionFlag.V4) {
            // These draft-07 files name themselves with draft-04's "id", which draft-07 validators do not know.
            ((ObjectNode) schemaNode).remove("id");
        }
        JsonSchema schema = factory.getSchema(schemaNode);
        Set<ValidationMessage> messages = schema.validate(document);
        return messages.stream().map(ValidationMessage::getMessage).sorted().toList();
    }
}
