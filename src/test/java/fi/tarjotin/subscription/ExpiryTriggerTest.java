package fi.tarjotin.subscription;

import com.fasterxml.jackson.databind.JsonNode;
import fi.tarjotin.support.Api;
import fi.tarjotin.support.ApiResponse;
import fi.tarjotin.support.ConnectorDefinition;
import fi.tarjotin.support.Person;
import fi.tarjotin.support.TestClock;
import fi.tarjotin.support.TestEnvironment;
import fi.tarjotin.support.TestTokens;
import fi.tarjotin.work.WorkEngine;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static fi.tarjotin.support.CatalogueFixture.aWorkTrial;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The "When a listing is about to expire" trigger: the daily expiry job reminds a flow once, the configured number
 * of days before a published listing's last valid day. The ticker is off: the test runs the engine's rounds and
 * moves the service's clock a day at a time.
 */
@MicronautTest(transactional = false)
class ExpiryTriggerTest extends TestEnvironment {

    private static final Duration AT_ONCE = Duration.ZERO;

    @Inject
    Api api;
    @Inject
    TestClock clock;
    @Inject
    WorkEngine engine;

    final WebhookReceiver receiver = new WebhookReceiver();

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("tarjotin.webhooks.allow-http", "true");
        properties.put("tarjotin.webhooks.allow-loopback", "true");
        properties.put("tarjotin.expiry.remind-days", "14");
        return properties;
    }

    @AfterAll
    void stopReceiver() {
        receiver.close();
    }

    @Test
    void aFlowIsRemindedOnceFourteenDaysBeforeAListingEndsAndNotAgain() {
        String admin = TestTokens.v2().admin().as(Person.named("Aino Ylläpitäjä")).sign();
        String flowOwner = TestTokens.v1().as(Person.named("Ville Valmentaja")).sign();
        String organisation = api.as(admin).post("/api/v1/organisations",
                "{\"name\":\"Kiteen Kierrätys ry\",\"kind\":\"ASSOCIATION\",\"municipalityCodes\":[\"260\"]}").text("id");
        ApiResponse subscribed = api.as(flowOwner).post("/api/v1/subscriptions/opportunity-expiring",
                "{\"notificationUrl\":\"" + receiver.url("/expiring") + "\",\"municipality\":\"260\"}");
        assertEquals(201, subscribed.status(), subscribed.body());
        LocalDate validTo = today().plusDays(20);
        String listing = publishedListing(admin, organisation, validTo);

        engine.runOnce();
        engine.runOnce();
        assertEquals(0, receiver.receivedAt("/expiring").size(), "twenty days before the end is not yet the time");

        clock.advance(Duration.ofDays(6));
        engine.runOnce();
        engine.runOnce();
        JsonNode got = receiver.next("/expiring", AT_ONCE).body();
        assertEquals("OPPORTUNITY_EXPIRING", got.path("event").asText());
        assertEquals("EXPIRING", got.path("changeType").asText());
        assertEquals(listing, got.path("opportunity").path("id").asText());
        assertEquals(validTo.toString(), got.path("opportunity").path("validTo").asText());
        assertEquals(subscribed.text("id"), got.path("subscriptionId").asText());
        assertEquals(List.of(), ConnectorDefinition.violations(ConnectorDefinition.load()
                .operation("OnOpportunityExpiring").pathItem().path("x-ms-notification-content").path("schema"), got),
                "the notification is what the trigger's x-ms-notification-content declares");

        for (int day = 0; day < 3; day++) {
            clock.advance(Duration.ofDays(1));
            engine.runOnce();
            engine.runOnce();
        }
        assertEquals(1, receiver.receivedAt("/expiring").size(), "one reminder per listing and end date");
    }

    /** The day in Finland by the service's clock: listings end at midnight there. */
    private LocalDate today() {
        return LocalDate.ofInstant(clock.now(), ZoneId.of("Europe/Helsinki"));
    }

    private String publishedListing(String admin, String organisation, LocalDate validTo) {
        ApiResponse draft = api.as(admin).post("/api/v1/opportunities",
                aWorkTrial(UUID.fromString(organisation), "Myymälätyö", "260")
                        .replace("\"validTo\":\"2027-12-31\"", "\"validTo\":\"" + validTo + "\""));
        assertEquals(201, draft.status(), draft.body());
        ApiResponse published = api.as(admin).post("/api/v1/opportunities/" + draft.text("id") + "/publish", null);
        assertEquals(200, published.status(), published.body());
        return draft.text("id");
    }
}
