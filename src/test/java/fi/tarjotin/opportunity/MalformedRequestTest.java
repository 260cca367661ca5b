package fi.tarjotin.opportunity;

import fi.tarjotin.support.Api;
import fi.tarjotin.support.ApiResponse;
import fi.tarjotin.support.CatalogueFixture;
import fi.tarjotin.support.Person;
import fi.tarjotin.support.TestEnvironment;
import fi.tarjotin.support.TestTokens;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Requests a client should not send get a clear answer in the envelope and never a server error. */
@MicronautTest
class MalformedRequestTest extends TestEnvironment {

    @Inject
    Api api;
    @Inject
    CatalogueFixture fixture;

    UUID org;
    String editor;

    @BeforeAll
    void editor() {
        org = fixture.anAssociation("Outokummun Diakonia", "309");
        editor = TestTokens.v2().editor().as(fixture.editorOf(org, Person.named("Heli Hyvä"))).sign();
    }

    @Test
    void unknownFieldsAreIgnored() {
        String body = CatalogueFixture.aWorkTrial(org, "Pihatyöt", "309").replaceFirst("\\{", "{\"colour\":\"red\",");
        assertEquals(201, api.as(editor).post("/api/v1/opportunities", body).status());
    }

    @Test
    void wrongJsonTypesAreBadRequests() {
        String body = CatalogueFixture.aWorkTrial(org, "Pihatyöt", "309").replace("\"capacityTotal\":3",
                "\"capacityTotal\":\"three\"");
        assertEnvelope(api.as(editor).post("/api/v1/opportunities", body), 400);
        assertEnvelope(api.as(editor).post("/api/v1/opportunities", "[1,2,3]"), 400);
        assertEnvelope(api.as(editor).post("/api/v1/opportunities", "\"just a string\""), 400);
    }

    @Test
    void invalidUtf8IsABadRequest() {
        byte[] prefix = "{\"title\":{\"fi\":\"".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] suffix = "\"}}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] body = new byte[prefix.length + 2 + suffix.length];
        System.arraycopy(prefix, 0, body, 0, prefix.length);
        body[prefix.length] = (byte) 0xC3;
        body[prefix.length + 1] = (byte) 0x28;
        System.arraycopy(suffix, 0, body, prefix.length + 2, suffix.length);
        ApiResponse response = api.as(editor).postBytes("/api/v1/opportunities", body);
        assertTrue(response.status() == 400 || response.status() == 422, response.toString());
        assertEnvelope(response, response.status());
    }

    @Test
    void hugeArraysAreRefusedAtTheirField() {
        String codes = "\"541\",".repeat(5_000) + "\"541\"";
        String body = CatalogueFixture.aWorkTrial(org, "Paljon", "309").replace("\"municipalityCodes\":[\"309\"]",
                "\"municipalityCodes\":[" + codes + "]");
        ApiResponse response = api.as(editor).post("/api/v1/opportunities", body);
        assertEnvelope(response, 422);
        assertEquals("municipalityCodes", response.text("error.target"));
    }

    @Test
    void quotesAndBracketsInTextAreStoredAsTheyAre() {
        String title = "Työ \\\"[x]\\\" '%_; DROP TABLE opportunity; --";
        ApiResponse created = api.as(editor).post("/api/v1/opportunities",
                CatalogueFixture.aWorkTrial(org, title, "309"));
        assertEquals(201, created.status(), created.body());
        assertEquals("Työ \"[x]\" '%_; DROP TABLE opportunity; --", created.text("title.fi"));
    }

    @Test
    void tooLongTextIsRefusedAtItsField() {
        String body = CatalogueFixture.aWorkTrial(org, "x".repeat(201), "309");
        ApiResponse response = api.as(editor).post("/api/v1/opportunities", body);
        assertEnvelope(response, 422);
        assertEquals("title.fi", response.text("error.target"));
    }

    @Test
    void oversizedBodyIsRefusedWith413() {
        String body = CatalogueFixture.aWorkTrial(org, "Iso", "309")
                .replace("\"description\":{\"fi\":\"", "\"description\":{\"fi\":\"" + "a".repeat(1_100_000));
        ApiResponse response = api.as(editor).post("/api/v1/opportunities", body);
        assertEquals(413, response.status(), response.body());
    }

    @Test
    void malformedIdInThePathIsNotAServerError() {
        ApiResponse response = api.as(editor).get("/api/v1/opportunities/not-a-uuid");
        assertTrue(response.status() == 400 || response.status() == 404, response.toString());
        assertEnvelope(response, response.status());
        assertEnvelope(api.as(editor).get("/api/v1/opportunities/" + UUID.randomUUID()), 404);
    }

    @Test
    void anUnreadableIdInThePathIs400InvalidIdNamingTheParameter() {
        String path = "/api/v1/opportunities/abc";
        for (ApiResponse response : java.util.List.of(api.as(editor).get(path),
                api.as(editor).header("If-Match", "\"0\"").patch(path, "{\"title\":{\"fi\":\"Uusi\"}}"),
                api.as(editor).delete(path), api.as(editor).post(path + "/publish", null),
                api.as(editor).get(path + "/history"))) {
            assertEnvelope(response, 400);
            assertEquals("INVALID_ID", response.text("error.code"), response.body());
            assertEquals("id", response.text("error.target"));
        }
        ApiResponse english = api.as(editor).header("Accept-Language", "en").get(path);
        assertFalse(english.text("error.message").contains("JSON"), english.body());
        assertEquals(401, api.anonymous().get(path).status(), "the token is checked before the path is read");
    }

    @Test
    void aWellFormedButUnknownIdIsStillNotFound() {
        String path = "/api/v1/opportunities/" + UUID.randomUUID();
        assertEnvelope(api.as(editor).get(path), 404);
        assertEnvelope(api.as(editor).header("If-Match", "\"0\"").patch(path, "{\"title\":{\"fi\":\"Uusi\"}}"), 404);
        assertEnvelope(api.as(editor).delete(path), 404);
    }

    @Test
    void patchAcceptsTheMergePatchMediaType() {
        ApiResponse created = api.as(editor).post("/api/v1/opportunities",
                CatalogueFixture.aWorkTrial(org, "Kirjaston apulainen", "309"));
        assertEquals(201, created.status(), created.body());

        ApiResponse patched = api.as(editor).header("Content-Type", "application/merge-patch+json")
                .patch("/api/v1/opportunities/" + created.text("id"),
                        "{\"version\":0,\"title\":{\"fi\":\"Kirjaston avustaja\"}}");

        assertEquals(200, patched.status(), patched.body());
        assertEquals("Kirjaston avustaja", patched.text("title.fi"));
    }

    @Test
    void wrongContentTypeIs415() {
        ApiResponse response = api.as(editor).header("Content-Type", "text/plain")
                .send("POST", "/api/v1/opportunities", "hello");
        assertEnvelope(response, 415);
    }

    @Test
    void unknownRouteIs404InTheEnvelope() {
        assertEnvelope(api.as(editor).get("/api/v1/nothing-here"), 404);
    }

    private static void assertEnvelope(ApiResponse response, int status) {
        assertEquals(status, response.status(), response.body());
        assertTrue(response.body().startsWith("{\"error\":{\"code\":"), response.body());
        assertFalse(response.body().contains("Exception") || response.body().contains("java.")
                || response.body().contains("fi.tarjotin") || response.body().contains("null"), response.body());
    }
}
