package fi.tarjotin.acceptance;

import fi.tarjotin.support.PackagedService;
import fi.tarjotin.support.Person;
import fi.tarjotin.support.TestTokens;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The packaged service as operators start it: {@code java -jar target/tarjotin.jar} with only the Entra
 * settings (pointing at the test JWKS) on an empty H2 file database, driven over HTTP through the journey
 * of an administrator, an association editor and a coach.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PackagedServiceIT {

    private final JsonMapper json = JsonMapper.createDefault();
    private final Person admin = Person.named("Aino Admin");
    private final Person editor = Person.named("Eero Editori");
    private final Person strangerEditor = Person.named("Sanna Sivullinen");
    private PackagedService service;
    private String organisationId;
    private String listingId;

    @BeforeAll
    void startTheJar() throws Exception {
        service = PackagedService.startOnEmptyDatabase("packaged-service");
    }

    @AfterAll
    void stop() {
        service.close();
    }

    @Test
    @Order(1)
    void refusesCallsWithoutAValidTokenAndServesBothTokenVersions() throws Exception {
        Response anonymous = call("GET", "/api/v1/municipalities", null, null);
        assertEquals(401, anonymous.status);
        assertEquals("UNAUTHORIZED", anonymous.json().get("error").get("code").getStringValue());

        for (String token : List.of(TestTokens.v1().sign(), TestTokens.v2().sign())) {
            Response municipalities = call("GET", "/api/v1/municipalities", token, null);
            assertEquals(200, municipalities.status, municipalities.body);
            List<String> codes = new ArrayList<>();
            municipalities.json().get("value").values().forEach(m -> codes.add(m.get("code").getStringValue()));
            assertEquals(13, codes.size());
            assertTrue(codes.contains("541"));
        }
        assertEquals(401, call("GET", "/api/v1/municipalities", TestTokens.v2().audience("api://other").sign(), null)
                .status);
        assertEquals(401, call("GET", "/api/v1/municipalities", TestTokens.v1().audience(TestTokens.CONNECTOR_CLIENT_ID)
                .sign(), null).status);
    }

    @Test
    @Order(2)
    void adminRegistersAnAssociationAndItsEditor() throws Exception {
        String adminToken = TestTokens.v2().admin().as(admin).sign();
        Response wrongCheckDigit = call("POST", "/api/v1/organisations", adminToken,
                "{\"name\":\"Nurmeksen Työttömät ry\",\"kind\":\"ASSOCIATION\",\"businessId\":\"1234567-2\","
                        + "\"municipalityCodes\":[\"541\"]}");
        assertTrue(wrongCheckDigit.status == 400 || wrongCheckDigit.status == 422, wrongCheckDigit.body);

        Response created = call("POST", "/api/v1/organisations", adminToken,
                "{\"name\":\"Nurmeksen Työttömät ry\",\"kind\":\"ASSOCIATION\",\"businessId\":\"1234567-1\","
                        + "\"municipalityCodes\":[\"541\"]}");
        assertEquals(201, created.status, created.body);
        organisationId = created.json().get("id").getStringValue();

        assertEquals(201, call("POST", "/api/v1/organisations/" + organisationId + "/members", adminToken,
                editor.asMemberJson()).status);
        Response other = call("POST", "/api/v1/organisations", adminToken,
                "{\"name\":\"Lieksan Martat ry\",\"kind\":\"ASSOCIATION\",\"municipalityCodes\":[\"422\"]}");
        assertEquals(201, other.status, other.body);
        assertEquals(201, call("POST", "/api/v1/organisations/" + other.json().get("id").getStringValue()
                + "/members", adminToken, strangerEditor.asMemberJson()).status);
    }

    @Test
    @Order(3)
    void editorCreatesADraftThatOthersCannotSeeOrTouch() throws Exception {
        Response created = call("POST", "/api/v1/opportunities", editorToken(), listing(organisationId));
        assertEquals(201, created.status, created.body);
        assertEquals("DRAFT", created.json().get("status").getStringValue());
        String location = created.header("Location");
        assertTrue(location.startsWith("http") && location.contains("/api/v1/opportunities/"), location);
        listingId = created.json().get("id").getStringValue();

        assertEquals(403, call("POST", "/api/v1/opportunities", strangerToken(), listing(organisationId)).status);
        assertEquals(404, call("GET", "/api/v1/opportunities/" + listingId, readerToken(), null).status);
        assertFalse(call("GET", "/api/v1/opportunities?municipality=541", readerToken(), null).body
                .contains(listingId));
    }

    @Test
    @Order(4)
    void publishedListingIsFoundInItsMunicipalityOnly() throws Exception {
        assertEquals(200, call("POST", "/api/v1/opportunities/" + listingId + "/publish", editorToken(), null).status);

        assertTrue(call("GET", "/api/v1/opportunities?municipality=541&type=WORK_TRIAL", readerToken(), null).body
                .contains(listingId));
        assertFalse(call("GET", "/api/v1/opportunities?municipality=422", readerToken(), null).body
                .contains(listingId));
    }

    @Test
    @Order(5)
    void staleUpdatesAreRefusedAndOtherEditorsCannotUpdate() throws Exception {
        long version = call("GET", "/api/v1/opportunities/" + listingId, editorToken(), null).json().get("version")
                .getLongValue();
        String change = "{\"version\":" + version + ",\"capacityAvailable\":1}";
        assertEquals(200, call("PATCH", "/api/v1/opportunities/" + listingId, editorToken(), change).status);

        Response stale = call("PATCH", "/api/v1/opportunities/" + listingId, editorToken(),
                "{\"version\":" + version + ",\"capacityAvailable\":0}");
        assertEquals(412, stale.status);
        assertEquals("VERSION_CONFLICT", stale.json().get("error").get("code").getStringValue());
        assertEquals(1, call("GET", "/api/v1/opportunities/" + listingId, readerToken(), null).json()
                .get("capacityAvailable").getIntValue());
        int strangers = call("PATCH", "/api/v1/opportunities/" + listingId, strangerToken(),
                "{\"version\":" + (version + 1) + ",\"capacityAvailable\":0}").status;
        assertTrue(strangers == 403 || strangers == 404);
    }

    @Test
    @Order(6)
    void invalidListingNamesEveryField() throws Exception {
        Response invalid = call("POST", "/api/v1/opportunities", editorToken(), """
                {"organisationId":"%s","type":"JUGGLING","title":{"fi":""},"municipalityCodes":["999"]}"""
                .formatted(organisationId));
        assertEquals(422, invalid.status, invalid.body);
        List<String> targets = new ArrayList<>();
        invalid.json().get("error").get("details").values().forEach(d -> targets.add(d.get("target").getStringValue()));
        assertTrue(targets.containsAll(List.of("type", "title.fi", "municipalityCodes[0]")), targets.toString());
    }

    @Test
    @Order(7)
    void pagesLinkOnwardAndNoResponseHasNull() throws Exception {
        assertEquals(201, call("POST", "/api/v1/opportunities", editorToken(), listing(organisationId)).status);
        Response first = call("GET", "/api/v1/opportunities?top=1&status=DRAFT,PUBLISHED", editorToken(), null);
        String next = first.json().get("nextLink").getStringValue();
        Response second = call("GET", next, editorToken(), null);
        assertEquals(200, second.status, second.body);
        assertEquals(1, second.json().get("value").size());
        assertFalse(first.body.contains("null") || second.body.contains("null"));
    }

    @Test
    @Order(8)
    void meNamesTheEditorsOrganisationAndWhatTheyMayDo() throws Exception {
        Response me = call("GET", "/api/v1/me", editorToken(), null);
        assertEquals(200, me.status, me.body);
        assertEquals(organisationId, me.json().get("organisations").get(0).get("id").getStringValue());
        assertTrue(me.json().get("permissions").get("canCreateOpportunities").getBooleanValue());
        assertFalse(me.body.contains("null"));
    }

    private String editorToken() {
        return TestTokens.v1().editor().as(editor).sign();
    }

    private String strangerToken() {
        return TestTokens.v2().editor().as(strangerEditor).sign();
    }

    private String readerToken() {
        return TestTokens.v2().sign();
    }

    private static String listing(String organisationId) {
        return """
                {"organisationId":"%s","type":"WORK_TRIAL","title":{"fi":"Työkokeilu kierrätysmyymälässä"},
                 "summary":{"fi":"Lajittelua, hinnoittelua ja asiakaspalvelua."},
                 "description":{"fi":"Tule kokeilemaan myymälätyötä. Työvalmentaja tukee alussa."},
                 "municipalityCodes":["541"],"targetGroups":["LONG_TERM_UNEMPLOYED"],"languages":["fi"],
                 "deliveryMode":"ONSITE","validFrom":"2026-01-01","validTo":"2027-06-30",
                 "capacityTotal":2,"capacityAvailable":2,
                 "contact":{"role":"Työvalmentaja","email":"tyovalmennus@example.fi","phone":"+358 40 123 4567"}}"""
                .formatted(organisationId);
    }

    private Response call(String method, String pathOrUrl, String token, String body) throws Exception {
        HttpResponse<String> response = service.call(method, pathOrUrl, token, body);
        assertFalse(response.body().contains("Exception") || response.body().contains("java."), response.body());
        return new Response(response.statusCode(), response.body(), response, json);
    }

    private record Response(int status, String body, HttpResponse<String> raw, JsonMapper mapper) {
        JsonNode json() throws IOException {
            return mapper.readValue(body, JsonNode.class);
        }

        String header(String name) {
            String value = raw.headers().firstValue(name).orElse(null);
            assertNotNull(value, name);
            return value;
        }
    }

}
