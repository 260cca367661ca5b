package fi.tarjotin.opportunity;

import fi.tarjotin.support.Api;
import fi.tarjotin.support.ApiResponse;
import fi.tarjotin.support.Person;
import fi.tarjotin.support.TestClock;
import fi.tarjotin.support.TestEnvironment;
import fi.tarjotin.support.TestTokens;
import fi.tarjotin.work.WorkEngine;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import static fi.tarjotin.support.CatalogueFixture.aWorkTrial;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The daily expiry job closes published listings whose last valid day has passed, as an editor's close would,
 * and leaves the others. The ticker is off: the test moves the service's clock and runs the engine's jobs. A fresh
 * service (this class's own database) runs the job in its first round, not a day after it starts.
 */
@MicronautTest(transactional = false)
class ListingExpiryTest extends TestEnvironment {

    @Inject
    Api api;
    @Inject
    TestClock clock;
    @Inject
    WorkEngine engine;

    @Test
    void aFreshServiceClosesAListingPastItsEndDateInItsFirstRoundAndLeavesTheOthers() {
        String admin = TestTokens.v2().admin().as(Person.named("Aino Ylläpitäjä")).sign();
        UUID organisation = UUID.fromString(api.as(admin).post("/api/v1/organisations",
                "{\"name\":\"Liperin Työpaja ry\",\"kind\":\"ASSOCIATION\",\"municipalityCodes\":[\"426\"]}").text("id"));
        String ending = listing(admin, organisation, "Päättyvä", today().plusDays(1), true);
        String lasting = listing(admin, organisation, "Jatkuva", today().plusDays(30), true);
        String draft = listing(admin, organisation, "Luonnos", today().plusDays(1), false);
        ApiResponse before = api.as(admin).get("/api/v1/opportunities/" + ending);
        String since = before.text("updatedAt");
        long version = before.at("version").getLongValue();

        clock.advance(Duration.ofDays(2));
        assertTrue(engine.runDueJobs() > 0, "the expiry job runs in the service's first round, not a day later");

        ApiResponse closed = api.as(admin).get("/api/v1/opportunities/" + ending);
        assertEquals("CLOSED", closed.text("status"), closed.body());
        assertEquals(version + 1, closed.at("version").getLongValue(), "the version is raised");
        assertEquals("PUBLISHED", api.as(admin).get("/api/v1/opportunities/" + lasting).text("status"));
        assertEquals("DRAFT", api.as(admin).get("/api/v1/opportunities/" + draft).text("status"));
        List<String> actions = api.as(admin).get("/api/v1/admin/audit?entityType=OPPORTUNITY&entityId=" + ending)
                .items().stream().map(i -> i.get("action").getStringValue()).toList();
        assertEquals("EXPIRED", actions.get(0), actions.toString());
        List<String> changed = api.as(admin).get("/api/v1/opportunities/changes?since=" + since).ids();
        assertTrue(changed.contains(ending), "the closing is in the changes feed: " + changed);

        assertEquals(0, engine.runDueJobs(), "once a day: not again in the same day");
        clock.advance(Duration.ofDays(1));
        engine.runDueJobs();
        assertEquals(version + 1, api.as(admin).get("/api/v1/opportunities/" + ending).at("version").getLongValue(),
                "closed once");
    }

    /** The day in Finland by the service's clock: listings end at midnight there. */
    private LocalDate today() {
        return LocalDate.ofInstant(clock.now(), ZoneId.of("Europe/Helsinki"));
    }

    private String listing(String admin, UUID organisation, String title, LocalDate validTo, boolean publish) {
        ApiResponse draft = api.as(admin).post("/api/v1/opportunities", aWorkTrial(organisation, title, "426")
                .replace("\"validTo\":\"2027-12-31\"", "\"validTo\":\"" + validTo + "\""));
        assertEquals(201, draft.status(), draft.body());
        if (publish) {
            ApiResponse published = api.as(admin).post("/api/v1/opportunities/" + draft.text("id") + "/publish", null);
            assertEquals(200, published.status(), published.body());
        }
        return draft.text("id");
    }
}
