package fi.tarjotin.opportunity;

import fi.tarjotin.support.Api;
import fi.tarjotin.support.ApiResponse;
import fi.tarjotin.support.CatalogueFixture;
import fi.tarjotin.support.Json;
import fi.tarjotin.support.Person;
import fi.tarjotin.support.TestClock;
import fi.tarjotin.support.TestEnvironment;
import fi.tarjotin.support.TestTokens;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** "Places free now" reads today from the service's clock, with words or without, like every other time. */
@MicronautTest(transactional = false)
class AvailabilityByServiceClockTest extends TestEnvironment {

    @Inject
    Api api;
    @Inject
    CatalogueFixture fixture;
    @Inject
    TestClock clock;

    @Test
    void aListingWhoseApplicationDeadlineHasPassedByTheServiceClockIsNoLongerAvailable() {
        UUID org = fixture.anAssociation("Kiteen Kierrätyskeskus ry", "260");
        String editor = TestTokens.v2().editor().as(fixture.editorOf(org, Person.named("Kaisa Kierto"))).sign();
        LocalDate deadline = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).plusDays(10);
        ApiResponse created = api.as(editor).post("/api/v1/opportunities", CatalogueFixture.aWorkTrial(org,
                "Kierrätysmyymälän työkokeilu", "260").replace("\"hoursPerWeek\":20",
                "\"hoursPerWeek\":20,\"applicationDeadline\":\"" + deadline + "\""));
        assertEquals(201, created.status(), created.body());
        String id = created.text("id");
        assertEquals(200, api.as(editor).post("/api/v1/opportunities/" + id + "/publish", null).status());

        assertTrue(available("").contains(id), "open for applications");
        assertTrue(available("&q=kierr%C3%A4tysmyym%C3%A4l%C3%A4n").contains(id), "open, found by words");

        clock.advance(Duration.ofDays(20));
        try {
            assertFalse(available("").contains(id), "the deadline passed by the service clock");
            assertFalse(available("&q=kierr%C3%A4tysmyym%C3%A4l%C3%A4n").contains(id), "by words too");
        } finally {
            clock.advance(Duration.ofDays(-20));
        }
    }

    private List<String> available(String more) {
        ApiResponse found = api.as(TestTokens.v2().sign()).get("/api/v1/opportunities?municipality=260&availableOnly=true" + more);
        assertEquals(200, found.status(), found.body());
        return Json.list(found.at("value")).stream().map(o -> o.get("id").getStringValue()).toList();
    }
}
