package fi.tarjotin.audit;

import fi.tarjotin.support.Api;
import fi.tarjotin.support.ApiResponse;
import fi.tarjotin.support.CatalogueFixture;
import fi.tarjotin.support.Person;
import fi.tarjotin.support.TestClock;
import fi.tarjotin.support.TestEnvironment;
import fi.tarjotin.support.TestTokens;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Stored times come from the service's clock, so a test moves time instead of waiting for it. */
@MicronautTest(transactional = false)
class ServiceClockTest extends TestEnvironment {

    private static final Duration A_YEAR_ON = Duration.ofDays(365);

    @Inject
    Api api;
    @Inject
    CatalogueFixture fixture;
    @Inject
    TestClock clock;

    @Test
    void aNewMemberAndItsAuditRowAreStampedWithTheServiceClock() {
        UUID organisation = fixture.anAssociation("Rääkkylän Kuntoilijat ry", "707");
        String admin = TestTokens.v2().admin().as(Person.named("Aino Admin")).sign();
        clock.advance(A_YEAR_ON);
        try {
            Instant expected = clock.instant();

            ApiResponse added = api.as(admin).post("/api/v1/organisations/" + organisation + "/members",
                    Person.named("Kalle Kuntoilija").asMemberJson());

            assertEquals(201, added.status(), added.body());
            assertNear(expected, Instant.parse(added.text("createdAt")));
            ApiResponse audit = api.as(admin).get("/api/v1/admin/audit?entityType=ORGANISATION&entityId=" + organisation);
            assertEquals("MEMBER_ADDED", audit.items().get(0).get("action").getStringValue());
            assertNear(expected, Instant.parse(audit.items().get(0).get("occurredAt").getStringValue()));
        } finally {
            clock.advance(A_YEAR_ON.negated());
        }
    }

    private static void assertNear(Instant expected, Instant actual) {
        assertTrue(Duration.between(expected, actual).abs().compareTo(Duration.ofMinutes(5)) < 0,
                "expected about " + expected + " but was " + actual);
    }
}
