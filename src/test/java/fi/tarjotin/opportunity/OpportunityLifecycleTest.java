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

import static fi.tarjotin.support.CatalogueFixture.aWorkTrial;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest
class OpportunityLifecycleTest extends TestEnvironment {

    @Inject
    Api api;
    @Inject
    CatalogueFixture fixture;

    UUID kierratys;
    String editor;
    String otherEditor;
    String reader;

    @BeforeAll
    void setUp() {
        kierratys = fixture.anAssociation("Nurmeksen Kierrätys ry", "541");
        UUID other = fixture.anAssociation("Lieksan Martat ry", "422");
        editor = TestTokens.v1().editor().as(fixture.editorOf(kierratys, Person.named("Eeva Editori"))).sign();
        otherEditor = TestTokens.v2().editor().as(fixture.editorOf(other, Person.named("Olli Muu"))).sign();
        reader = TestTokens.v2().sign();
    }

    @Test
    void editorCreatesADraftThatOnlyTheirSideSees() {
        ApiResponse created = api.as(editor).post("/api/v1/opportunities", aWorkTrial(kierratys, "Myymälätyö", "541"));

        assertEquals(201, created.status(), created.body());
        assertEquals("DRAFT", created.text("status"));
        assertEquals(0, created.json().get("version").getIntValue(), "a new record starts at version 0");
        assertEquals("\"0\"", created.header("ETag").orElseThrow());
        String location = created.header("Location").orElseThrow();
        assertTrue(location.startsWith("http") && location.endsWith("/api/v1/opportunities/" + created.text("id")));
        assertFalse(created.body().contains("null"), created.body());
        assertEquals(200, api.as(editor).get(location).status());
        assertEquals(404, api.as(reader).get(location).status());
        assertEquals(404, api.as(otherEditor).get(location).status());
    }

    @Test
    void publishedListingIsFoundByMunicipalityAndTypeButNotElsewhere() {
        String id = api.as(editor).post("/api/v1/opportunities", aWorkTrial(kierratys, "Kahvilatyö", "541")).text("id");
        assertFalse(api.as(reader).get("/api/v1/opportunities?municipality=541&type=WORK_TRIAL").ids().contains(id));

        ApiResponse published = api.as(editor).post("/api/v1/opportunities/" + id + "/publish", null);

        assertEquals(200, published.status(), published.body());
        assertEquals("PUBLISHED", published.text("status"));
        assertTrue(api.as(reader).get("/api/v1/opportunities?municipality=541&type=WORK_TRIAL").ids().contains(id));
        assertFalse(api.as(reader).get("/api/v1/opportunities?municipality=422").ids().contains(id));
        assertFalse(api.as(reader).get("/api/v1/opportunities?municipality=541&type=VOLUNTEERING").ids().contains(id));
        assertEquals(200, api.as(reader).get("/api/v1/opportunities/" + id).status());
    }

    @Test
    void staleVersionIsRefusedAndChangesNothing() {
        String id = api.as(editor).post("/api/v1/opportunities", aWorkTrial(kierratys, "Puutyöverstas", "541")).text("id");

        ApiResponse first = api.as(editor).patch("/api/v1/opportunities/" + id,
                "{\"version\":0,\"title\":{\"fi\":\"Puutyöverstas, aamuvuoro\"}}");
        assertEquals(200, first.status(), first.body());
        assertEquals(1, first.json().get("version").getIntValue());
        assertEquals("Puutyöverstas, aamuvuoro", first.text("title.fi"));
        assertEquals("Arbetsprövning i butiken", first.text("title.sv"), "merge patch keeps the other languages");

        ApiResponse stale = api.as(editor).patch("/api/v1/opportunities/" + id,
                "{\"version\":0,\"title\":{\"fi\":\"Iltavuoro\"}}");
        assertEquals(412, stale.status(), stale.body());
        assertEquals("VERSION_CONFLICT", stale.text("error.code"));
        assertEquals("Puutyöverstas, aamuvuoro", api.as(editor).get("/api/v1/opportunities/" + id).text("title.fi"));

        ApiResponse viaHeader = api.as(editor).header("If-Match", "\"0\"").patch("/api/v1/opportunities/" + id,
                "{\"title\":{\"fi\":\"Iltavuoro\"}}");
        assertEquals(412, viaHeader.status());
        assertEquals(428, api.as(editor).patch("/api/v1/opportunities/" + id, "{\"hoursPerWeek\":10}").status());
    }

    @Test
    void otherOrganisationsEditorCannotChangeOrCreateForIt() {
        String id = api.as(editor).post("/api/v1/opportunities", aWorkTrial(kierratys, "Ruoka-apu", "541")).text("id");
        api.as(editor).post("/api/v1/opportunities/" + id + "/publish", null);

        ApiResponse patch = api.as(otherEditor).patch("/api/v1/opportunities/" + id, "{\"version\":1,\"hoursPerWeek\":5}");
        assertEquals(403, patch.status(), patch.body());
        assertEquals(403, api.as(otherEditor).post("/api/v1/opportunities", aWorkTrial(kierratys, "Vieras", "541")).status());
        assertEquals(403, api.as(otherEditor).post("/api/v1/opportunities/" + id + "/close", null).status());
        assertEquals(1, api.as(reader).get("/api/v1/opportunities/" + id).json().get("version").getIntValue());
    }

    @Test
    void lifecycleRunsFromDraftToArchiveAndRefusesStepsOutOfOrder() {
        String id = api.as(editor).post("/api/v1/opportunities", aWorkTrial(kierratys, "Digituki", "541")).text("id");
        String path = "/api/v1/opportunities/" + id;

        assertEquals(409, api.as(editor).post(path + "/close", null).status());
        assertEquals("PUBLISHED", api.as(editor).post(path + "/publish", null).text("status"));
        assertEquals("CLOSED", api.as(editor).post(path + "/close", null).text("status"));
        assertEquals("PUBLISHED", api.as(editor).post(path + "/reopen", null).text("status"));
        assertEquals(403, api.as(reader).get(path + "/history").status(), "a reader sees the listing, not who edited it");
        assertEquals("ARCHIVED", api.as(editor).post(path + "/archive", null).text("status"));
        ApiResponse again = api.as(editor).post(path + "/publish", null);
        assertEquals(409, again.status());
        assertEquals("INVALID_STATUS_TRANSITION", again.text("error.code"));
        assertEquals(409, api.as(editor).delete(path).status());

        ApiResponse history = api.as(editor).get(path + "/history");
        assertEquals(200, history.status(), history.body());
        assertEquals(java.util.List.of("ARCHIVED", "REOPENED", "CLOSED", "PUBLISHED", "CREATED"),
                history.items().stream().map(e -> e.get("action").getStringValue()).toList());
        assertEquals("Eeva Editori", history.items().get(0).get("actor").get("name").getStringValue());
        assertEquals(404, api.as(reader).get(path + "/history").status(), "an archived listing is hidden from readers");
    }

    @Test
    void draftCanBeDeletedAndIsThenGone() {
        String id = api.as(editor).post("/api/v1/opportunities", aWorkTrial(kierratys, "Poistettava", "541")).text("id");

        assertEquals(204, api.as(editor).delete("/api/v1/opportunities/" + id).status());
        assertEquals(404, api.as(editor).get("/api/v1/opportunities/" + id).status());
    }

    @Test
    void invalidListingIsRefusedWithEveryFieldNamed() {
        String body = """
                {"organisationId":"%s","type":"JUGGLING","title":{"fi":"  "},"municipalityCodes":["999"],
                 "validFrom":"2026-13-01","capacityTotal":2,"capacityAvailable":5,
                 "contact":{"email":"not-an-address"}}""".formatted(kierratys);

        ApiResponse response = api.as(editor).header("Accept-Language", "en").post("/api/v1/opportunities", body);

        assertEquals(422, response.status(), response.body());
        assertEquals("VALIDATION_FAILED", response.text("error.code"));
        var targets = new java.util.ArrayList<String>();
        response.json().get("error").get("details").values().forEach(d -> targets.add(d.get("target").getStringValue()));
        assertTrue(targets.containsAll(java.util.List.of("type", "title.fi", "municipalityCodes[0]", "validFrom",
                "capacityAvailable", "contact.email")), targets.toString());
        assertFalse(response.body().contains("Exception") || response.body().contains("java.")
                || response.body().contains("SELECT"), response.body());
    }

    @Test
    void brokenJsonIsABadRequestInTheEnvelope() {
        ApiResponse response = api.as(editor).post("/api/v1/opportunities", "{\"title\": ");

        assertEquals(400, response.status(), response.body());
        assertTrue(response.body().startsWith("{\"error\":{"), response.body());
        assertFalse(response.body().contains("Exception") || response.body().contains("fi.tarjotin"), response.body());
    }

    @Test
    void readerCannotCreate() {
        assertEquals(403, api.as(reader).post("/api/v1/opportunities", aWorkTrial(kierratys, "Luku", "541")).status());
    }

    @Test
    void repeatedCreateWithSameIdempotencyKeyMakesOneListing() {
        String body = aWorkTrial(kierratys, "Kielikahvila", "541");
        ApiResponse first = api.as(editor).header("Idempotency-Key", "flow-run-42").post("/api/v1/opportunities", body);
        ApiResponse second = api.as(editor).header("Idempotency-Key", "flow-run-42").post("/api/v1/opportunities", body);

        assertEquals(201, first.status(), first.body());
        assertEquals(201, second.status(), second.body());
        assertEquals(first.text("id"), second.text("id"));
        ApiResponse different = api.as(editor).header("Idempotency-Key", "flow-run-42")
                .post("/api/v1/opportunities", aWorkTrial(kierratys, "Toinen", "541"));
        assertEquals(422, different.status());
    }
}
