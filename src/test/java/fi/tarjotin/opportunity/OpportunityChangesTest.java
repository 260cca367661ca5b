package fi.tarjotin.opportunity;

import fi.tarjotin.support.Api;
import fi.tarjotin.support.ApiResponse;
import fi.tarjotin.support.Person;
import fi.tarjotin.support.TestEnvironment;
import fi.tarjotin.support.TestTokens;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static fi.tarjotin.support.CatalogueFixture.aWorkTrial;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The changes feed: listings changed after a moment, newest first, as the caller may see them. */
@MicronautTest
class OpportunityChangesTest extends TestEnvironment {

    @Inject
    Api api;

    String admin;
    String reader;
    UUID organisation;

    @BeforeAll
    void setUp() {
        admin = TestTokens.v2().admin().as(Person.named("Aino Ylläpitäjä")).sign();
        reader = TestTokens.v1().as(Person.named("Ville Valmentaja")).sign();
        organisation = UUID.fromString(api.as(admin).post("/api/v1/organisations",
                "{\"name\":\"Kiteen Työpaja ry\",\"kind\":\"ASSOCIATION\",\"municipalityCodes\":[\"260\"]}").text("id"));
    }

    @Test
    void readersSeePublishedChangesAfterTheirMomentNewestFirst() {
        String before = api.as(admin).post("/api/v1/opportunities", aWorkTrial(organisation, "Vanha", "260")).text("id");
        api.as(admin).post("/api/v1/opportunities/" + before + "/publish", null);
        String since = api.as(admin).get("/api/v1/opportunities/" + before).text("updatedAt");

        String draft = api.as(admin).post("/api/v1/opportunities", aWorkTrial(organisation, "Luonnos", "260")).text("id");
        String first = published("Ensimmäinen");
        String second = published("Toinen");

        List<String> seen = api.as(reader).get("/api/v1/opportunities/changes?since=" + since).ids();
        assertEquals(List.of(second, first), seen, "published ones after the moment, newest first");
        List<String> all = api.as(admin).get("/api/v1/opportunities/changes?since=" + since).ids();
        assertTrue(all.contains(draft), "the admin also sees the draft");
        assertFalse(all.contains(before), "a change at the moment itself is not after it");
    }

    @Test
    void theFeedPagesWithNextLink() {
        String since = Instant.now().minusSeconds(1).toString();
        for (int i = 0; i < 3; i++) {
            published("Sivu " + i);
        }
        List<String> ids = new ArrayList<>();
        ApiResponse page = api.as(reader).get("/api/v1/opportunities/changes?top=2&since=" + since);
        ids.addAll(page.ids());
        assertEquals(2, page.items().size());
        page = api.as(reader).get(page.text("nextLink"));
        ids.addAll(page.ids());
        assertTrue(ids.size() >= 3 && ids.stream().distinct().count() == ids.size(), ids.toString());
    }

    @Test
    void sinceIsRequiredAndChecked() {
        assertEquals("since", api.as(reader).get("/api/v1/opportunities/changes").text("error.target"));
        assertEquals(400, api.as(reader).get("/api/v1/opportunities/changes?since=eilen").status());
        assertEquals(400, api.as(reader).get("/api/v1/opportunities/changes?since=2026-01-01T00:00:00Z&top=501").status());
    }

    private String published(String title) {
        String id = api.as(admin).post("/api/v1/opportunities", aWorkTrial(organisation, title, "260")).text("id");
        assertEquals(200, api.as(admin).post("/api/v1/opportunities/" + id + "/publish", null).status());
        return id;
    }
}
