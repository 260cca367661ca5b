package fi.tarjotin.acceptance;

import fi.tarjotin.support.Person;
import fi.tarjotin.support.TestKeys;
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

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final JsonMapper json = JsonMapper.createDefault();
    private final Person admin = Person.named("Aino Admin");
    private final Person editor = Person.named("Eero Editori");
    private final Person strangerEditor = Person.named("Sanna Sivullinen");
    private Process service;
    private String base;
    private String organisationId;
    private String listingId;

    @BeforeAll
    void startTheJar() throws Exception {
        Path jar = Path.of("target", "tarjotin.jar");
        assertTrue(Files.exists(jar), "run through `./mvnw verify`, which packages the jar first");
        Path dataDir = Files.createTempDirectory(Path.of("target"), "packaged-db-");
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        base = "http://127.0.0.1:" + port;
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString());
        Map<String, String> env = builder.environment();
        env.put("MICRONAUT_SERVER_PORT", Integer.toString(port));
        env.put("DATASOURCES_DEFAULT_URL", "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("tarjotin")
                + ";MODE=MSSQLServer;DATABASE_TO_UPPER=FALSE;CASE_INSENSITIVE_IDENTIFIERS=TRUE");
        env.put("TARJOTIN_ENTRA_HOME_TENANT_ID", TestTokens.HOME_TENANT.toString());
        env.put("TARJOTIN_ENTRA_AUDIENCES", TestTokens.CLIENT_ID + "," + TestTokens.APP_ID_URI);
        env.put("TARJOTIN_ENTRA_JWKS_URI", TestKeys.jwksUri());
        env.remove("MICRONAUT_ENVIRONMENTS");
        builder.redirectErrorStream(true).redirectOutput(new File("target/packaged-service.log"));
        service = builder.start();
        awaitHealthy(Duration.ofSeconds(90));
    }

    @AfterAll
    void stop() {
        if (service != null) {
            service.destroy();
        }
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

    private void awaitHealthy(Duration limit) throws Exception {
        Instant deadline = Instant.now().plus(limit);
        while (Instant.now().isBefore(deadline)) {
            assertTrue(service.isAlive(), "the service stopped: see target/packaged-service.log");
            try {
                if (call("GET", "/health", null, null).status == 200) {
                    return;
                }
            } catch (IOException notYetListening) {
                // starting
            }
            service.waitFor(200, java.util.concurrent.TimeUnit.MILLISECONDS);
        }
        throw new AssertionError("not healthy within " + limit + ": see target/packaged-service.log");
    }

    private Response call(String method, String pathOrUrl, String token, String body) throws Exception {
        URI uri = URI.create(pathOrUrl.startsWith("http") ? pathOrUrl : base + pathOrUrl);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
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
