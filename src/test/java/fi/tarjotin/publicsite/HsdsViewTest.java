package fi.tarjotin.publicsite;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import fi.tarjotin.support.Api;
import fi.tarjotin.support.ApiResponse;
import fi.tarjotin.support.CatalogueFixture;
import fi.tarjotin.support.SharedReference;
import fi.tarjotin.support.TestEnvironment;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The HSDS view shows published listings only, and what it returns validates against the Open Referral
 * HSDS 3.1 schemas, read from {@code ../shared/reference/hsds-3.1/} beside the clone (never copied in). Without
 * them the validating tests check the rest and are then reported skipped, with the reason.
 */
@MicronautTest
class HsdsViewTest extends TestEnvironment {

    static final Path REFERENCE = SharedReference.folder("hsds-3.1");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    Api api;
    @Inject
    CatalogueFixture fixture;
    @Inject
    JdbcOperations jdbc;

    PublicCatalogue catalogue;

    @BeforeAll
    void aCatalogue() {
        catalogue = PublicCatalogue.create(api, fixture, jdbc);
    }

    @Test
    void apiInformationNamesTheHsdsVersion() throws Exception {
        JsonNode about = json(api.anonymous().get("/hsds/"));
        assertEquals("3.1", about.path("version").asText());
        assertTrue(about.path("openapi_url").asText().startsWith("https://"));
    }

    @Test
    void servicesArePublishedListingsOnlyAndValidate() throws Exception {
        JsonNode page = json(api.anonymous().get("/hsds/services"));

        List<String> ids = StreamSupport.stream(page.path("contents").spliterator(), false)
                .map(s -> s.path("id").asText()).toList();
        assertEquals(Set.of(catalogue.kahvila, catalogue.puutyo, catalogue.joensuu), Set.copyOf(ids));
        assertEquals(3, page.path("total_items").asInt());
        assertTrue(page.path("first_page").asBoolean() && page.path("last_page").asBoolean());
        assertEquals(1, json(api.anonymous().get("/hsds/services?page=2&per_page=2")).path("size").asInt());
        assertEquals(404, api.anonymous().get("/hsds/services/" + catalogue.draft).status());
        assertEquals(400, api.anonymous().get("/hsds/services?per_page=0").status());
        for (JsonNode service : page.path("contents")) {
            assertValid("service.json", service);
        }
    }

    @Test
    void aFullServiceValidatesAndNamesNoPerson() throws Exception {
        ApiResponse response = api.anonymous().get("/hsds/services/" + catalogue.kahvila + "?lang=sv");
        JsonNode service = json(response);

        assertEquals("Arbetsprövning i butiken", service.path("name").asText());
        assertEquals("active", service.path("status").asText());
        assertEquals("Työvalmentaja", service.path("contacts").path(0).path("title").asText());
        assertFalse(service.path("contacts").path(0).has("name"));
        assertFalse(response.body().contains(PublicCatalogue.CONTACT_NAME));
        assertEquals("Pielisen Työpaja ry", service.path("organization").path("name").asText());
        assertEquals("Nurmes", service.path("service_areas").path(0).path("name").asText());
        assertTrue(response.header("ETag").isPresent());
        assertValid("service.json", service);
    }

    @Test
    void organizationsWithPublishedListingsValidate() throws Exception {
        fixture.anAssociation("Hiljainen yhdistys ilman ilmoituksia", "541");
        JsonNode page = json(api.anonymous().get("/hsds/organizations"));

        assertEquals(1, page.path("total_items").asInt());
        JsonNode organization = page.path("contents").path(0);
        assertEquals(catalogue.organisation.toString(), organization.path("id").asText());
        assertValid("organization.json", organization);
    }

    @Test
    void theValidationNoticesWhatHsdsForbids() throws Exception {
        com.fasterxml.jackson.databind.node.ObjectNode broken =
                (com.fasterxml.jackson.databind.node.ObjectNode) json(api.anonymous().get("/hsds/services/" + catalogue.puutyo));
        broken.remove("status");
        broken.put("email", "not an address");
        List<String> problems = violations("service.json", broken);
        assertEquals(2, problems.size(), problems.toString());
    }

    private static JsonNode json(ApiResponse response) throws Exception {
        assertEquals(200, response.status(), response.body());
        return JSON.readTree(response.body());
    }

    /** Validates against a reference schema; without the reference files the test is reported skipped. */
    private static void assertValid(String schemaFile, JsonNode document) {
        assertEquals(List.of(), violations(schemaFile, document), schemaFile + ": " + document);
    }

    /** The schema's complaints about a document; the test stops as skipped where the schema is absent. */
    private static List<String> violations(String schemaFile, JsonNode document) {
        Path schemaPath = SharedReference.require(REFERENCE, schemaFile,
                "the HSDS view's validation against HSDS 3.1 " + schemaFile);
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012, builder -> builder
                .schemaMappers(mappers -> mappers.mapPrefix("https://json-schema.org/", "classpath:")));
        JsonSchema schema = factory.getSchema(SchemaLocation.of(schemaPath.toUri().toString()),
                SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());
        Set<ValidationMessage> messages = schema.validate(document);
        return new ArrayList<>(messages.stream().map(ValidationMessage::getMessage).sorted().toList());
    }
}
