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
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static fi.tarjotin.support.CatalogueFixture.aWorkTrial;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Webhook triggers end to end: a flow subscribes, a listing is published, and the notification reaches
 * a receiver on 127.0.0.1 (allowed here by the test-only settings) — also after the receiver was down,
 * after it asked to retry later, and never after the subscription was deleted. The ticker is off: the test
 * runs the background-work engine's rounds itself and moves the service's clock instead of waiting.
 */
// Not one transaction per test: the engine must see what a test writes, as it would in production.
@MicronautTest(transactional = false)
class WebhookDeliveryTest extends TestEnvironment {

    /** Delivery happens inside the engine's round, so a notification is there when the round returns. */
    private static final Duration AT_ONCE = Duration.ZERO;
    /** Longer than any backoff of these settings (at most 2 s plus 20 % jitter). */
    private static final Duration PAST_BACKOFF = Duration.ofSeconds(3);

    @Inject
    Api api;
    @Inject
    JdbcOperations jdbc;
    @Inject
    TransactionOperations<Connection> transactions;
    @Inject
    TestClock clock;
    @Inject
    WorkEngine engine;

    final WebhookReceiver receiver = new WebhookReceiver();
    final WebhookReceiver downReceiver = new WebhookReceiver();
    String admin;
    String flowOwner;
    String organisation;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("tarjotin.webhooks.allow-http", "true");
        properties.put("tarjotin.webhooks.allow-loopback", "true");
        properties.put("tarjotin.work.enabled", "false");
        properties.put("tarjotin.webhooks.initial-backoff", "200ms");
        properties.put("tarjotin.webhooks.max-backoff", "2s");
        properties.put("tarjotin.webhooks.timeout", "2s");
        properties.put("tarjotin.webhooks.disable-after-failures", "5");
        return properties;
    }

    @BeforeAll
    void setUp() {
        admin = TestTokens.v2().admin().as(Person.named("Aino Ylläpitäjä")).sign();
        flowOwner = TestTokens.v1().as(Person.named("Ville Valmentaja")).sign();
        ApiResponse created = api.as(admin).post("/api/v1/organisations",
                "{\"name\":\"Nurmeksen Kierrätys ry\",\"kind\":\"ASSOCIATION\",\"municipalityCodes\":[\"541\",\"422\"]}");
        assertEquals(201, created.status(), created.body());
        organisation = created.text("id");
    }

    @AfterAll
    void stopReceivers() {
        receiver.close();
        downReceiver.close();
    }

    @Test
    void aFlowHearsOfAPublishedListingOfItsMunicipalityWithinSeconds() {
        String subscription = subscribe("opportunity-published", receiver.url("/published-541"), "541", "WORK_TRIAL");
        String elsewhere = publishedListing("422");
        String listing = publishedListing("541");

        engine.runOnce();
        WebhookReceiver.Received got = receiver.next("/published-541", AT_ONCE);

        assertEquals(listing, got.body().path("opportunity").path("id").asText());
        assertEquals("OPPORTUNITY_PUBLISHED", got.body().path("event").asText());
        assertEquals("PUBLISHED", got.body().path("changeType").asText());
        assertEquals(subscription, got.body().path("subscriptionId").asText());
        assertEquals(got.body().path("deliveryId").asText(), got.deliveryHeader());
        assertEquals(List.of(), ConnectorDefinition.violations(ConnectorDefinition.load()
                .operation("OnOpportunityPublished").pathItem().path("x-ms-notification-content").path("schema"), got.body()),
                "the notification is what the trigger's x-ms-notification-content declares");
        assertEquals(0, deliveriesOf(subscription, elsewhere), "a listing of another municipality is not notified");
    }

    @Test
    void aChangeOfAPublishedListingReachesTheChangeTrigger() {
        String subscription = subscribe("opportunity-changed", receiver.url("/changed"), null, null);
        String listing = publishedListing("541");
        engine.runOnce();
        assertEquals("PUBLISHED", receiver.next("/changed", AT_ONCE).body().path("changeType").asText());

        ApiResponse updated = api.as(admin).patch("/api/v1/opportunities/" + listing,
                "{\"version\":1,\"capacityAvailable\":0}");
        assertEquals(200, updated.status(), updated.body());

        engine.runOnce();
        WebhookReceiver.Received got = receiver.next("/changed", AT_ONCE);
        assertEquals("UPDATED", got.body().path("changeType").asText());
        assertEquals(0, got.body().path("opportunity").path("capacityAvailable").asInt());
        assertEquals(List.of(), ConnectorDefinition.violations(ConnectorDefinition.load()
                .operation("OnOpportunityChanged").pathItem().path("x-ms-notification-content").path("schema"), got.body()));
        assertEquals(1, api.as(flowOwner).get("/api/v1/subscriptions/" + subscription).status() / 200);
    }

    @Test
    void aReceiverThatIsDownGetsTheNotificationWhenItComesBack() {
        String subscription = subscribe("opportunity-published", downReceiver.url("/was-down"), "541", null);
        downReceiver.stop();
        String listing = publishedListing("541");

        engine.runOnce();
        assertEquals(1, failures(subscription), "refused while the receiver is down");
        engine.runOnce();
        assertEquals(1, failures(subscription), "not tried again before the backoff has passed");
        clock.advance(PAST_BACKOFF);
        engine.runOnce();
        assertEquals(2, failures(subscription), "tried again once the backoff has passed");
        downReceiver.restart();
        clock.advance(PAST_BACKOFF);
        engine.runOnce();

        WebhookReceiver.Received got = downReceiver.next("/was-down", AT_ONCE);
        assertEquals(listing, got.body().path("opportunity").path("id").asText());
        assertEquals(0, failures(subscription), "the failure count starts over");
        assertEquals("ACTIVE", api.as(flowOwner).get("/api/v1/subscriptions/" + subscription).text("status"));
    }

    @Test
    void aReceiverAskingToRetryLaterIsRetriedOnceTheServiceClockHasPassedItsRetryAfter() {
        receiver.answer(r -> r.path().equals("/busy") && receiver.receivedAt("/busy").isEmpty()
                ? new WebhookReceiver.Answer(503, "600") : WebhookReceiver.Answer.OK);
        String subscription = subscribe("opportunity-published", receiver.url("/busy"), "541", null);
        publishedListing("541");

        engine.runOnce();
        assertEquals(1, failures(subscription), "the refused attempt is recorded");
        Duration untilDue = Duration.between(clock.now(), dueAt(subscription));
        assertTrue(untilDue.compareTo(Duration.ofSeconds(590)) > 0 && untilDue.compareTo(Duration.ofSeconds(600)) <= 0,
                "due " + untilDue + " from now although the receiver said Retry-After: 600");

        clock.advance(Duration.ofSeconds(590));
        engine.runOnce();
        assertEquals(1, receiver.receivedAt("/busy").size(), "not before the Retry-After has passed");
        clock.advance(Duration.ofSeconds(10));
        engine.runOnce();
        WebhookReceiver.Received accepted = receiver.next("/busy", AT_ONCE);

        List<WebhookReceiver.Received> attempts = receiver.receivedAt("/busy");
        assertEquals(2, attempts.size(), "one refused attempt, then the accepted one");
        assertEquals(attempts.get(0).deliveryHeader(), accepted.deliveryHeader(), "the same notification again");
    }

    @Test
    void deletingTheSubscriptionStopsDeliveries() {
        String deleted = subscribe("opportunity-published", receiver.url("/deleted"), "541", null);
        subscribe("opportunity-published", receiver.url("/still-on"), "541", null);

        assertEquals(204, api.as(flowOwner).delete("/api/v1/subscriptions/" + deleted).status());
        String listing = publishedListing("541");
        engine.runOnce();

        assertEquals(listing, receiver.next("/still-on", AT_ONCE).body().path("opportunity").path("id").asText());
        assertEquals(List.of(), receiver.receivedAt("/deleted"));
        assertEquals(0, deliveriesOf(deleted, listing), "nothing is queued for a deleted subscription");
        assertEquals(404, api.as(flowOwner).get("/api/v1/subscriptions/" + deleted).status());
        assertEquals(404, api.as(flowOwner).delete("/api/v1/subscriptions/" + deleted).status());
    }

    @Test
    void aSubscriptionThatKeepsFailingIsDisabledAndShownToAdmins() {
        receiver.answer(r -> r.path().equals("/broken") ? new WebhookReceiver.Answer(500, null) : WebhookReceiver.Answer.OK);
        String subscription = subscribe("opportunity-published", receiver.url("/broken"), "541", null);
        publishedListing("541");

        for (int attempt = 1; attempt <= 5; attempt++) {
            assertEquals("ACTIVE", api.as(flowOwner).get("/api/v1/subscriptions/" + subscription).text("status"));
            engine.runOnce();
            clock.advance(PAST_BACKOFF);
        }
        assertEquals("DISABLED", api.as(flowOwner).get("/api/v1/subscriptions/" + subscription).text("status"),
                "disabled after 5 failures in a row");

        ApiResponse disabled = api.as(admin).get("/api/v1/subscriptions?status=DISABLED");
        JsonNode shown = null;
        for (JsonNode s : ConnectorDefinition.parse(disabled.body()).path("value")) {
            if (s.path("id").asText().equals(subscription)) {
                shown = s;
            }
        }
        assertTrue(shown != null, "admins see the disabled subscription");
        assertEquals(5, shown.path("consecutiveFailures").asInt());
        assertTrue(shown.path("lastError").asText().contains("500"), shown.toString());
        assertEquals("127.0.0.1", shown.path("callbackHost").asText(), "the host only: the URL is the flow's secret");
        assertTrue(!disabled.body().contains("/broken"), "no callback URL is shown");
        int attempts = receiver.receivedAt("/broken").size();
        publishedListing("541");
        String control = subscribe("opportunity-published", receiver.url("/control"), "541", null);
        String last = publishedListing("541");
        engine.runOnce();
        assertEquals(last, receiver.next("/control", AT_ONCE).body().path("opportunity").path("id").asText());
        assertEquals(attempts, receiver.receivedAt("/broken").size(), "a disabled subscription gets nothing more");
        assertTrue(api.as(admin).get("/api/v1/subscriptions").ids().contains(control));
    }

    @Test
    void aNotificationLeftLeasedByACrashedInstanceIsDeliveredWhenTheLeaseRunsOut() {
        String subscription = subscribe("opportunity-changed", receiver.url("/after-crash"), null, null);
        String key = UUID.randomUUID().toString();
        transactions.executeWrite(status -> {
            // The transaction's own connection, so that the row is committed with it.
            Connection c = status.getConnection();
            try (var insert = c.prepareStatement("INSERT INTO webhook_delivery (delivery_key, subscription_id, payload, "
                    + "status, attempts, due_at, lease_owner, lease_until, created_at) "
                    + "VALUES (?, ?, ?, 'PENDING', 1, ?, 'instance-that-crashed', ?, ?)")) {
                Instant now = clock.now();
                insert.setString(1, key);
                insert.setString(2, subscription);
                insert.setString(3, "{\"deliveryId\":\"" + key + "\"}");
                insert.setTimestamp(4, Timestamp.from(now.minusSeconds(120)));
                insert.setTimestamp(5, Timestamp.from(now.plusSeconds(60)));
                insert.setTimestamp(6, Timestamp.from(now.minusSeconds(120)));
                insert.executeUpdate();
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
            return null;
        });

        engine.runOnce();
        assertEquals(List.of(), receiver.receivedAt("/after-crash"), "not while the crashed instance's lease lasts");
        clock.advance(Duration.ofSeconds(61));
        engine.runOnce();
        assertEquals(key, receiver.next("/after-crash", AT_ONCE).deliveryHeader());
    }

    private String subscribe(String trigger, String url, String municipality, String type) {
        StringBuilder body = new StringBuilder("{\"notificationUrl\":\"" + url + "\"");
        if (municipality != null) {
            body.append(",\"municipality\":\"").append(municipality).append('"');
        }
        if (type != null) {
            body.append(",\"type\":\"").append(type).append('"');
        }
        ApiResponse created = api.as(flowOwner).post("/api/v1/subscriptions/" + trigger, body.append('}').toString());
        assertEquals(201, created.status(), created.body());
        assertTrue(created.header("Location").orElseThrow().endsWith("/api/v1/subscriptions/" + created.text("id")));
        return created.text("id");
    }

    private String publishedListing(String municipality) {
        ApiResponse draft = api.as(admin).post("/api/v1/opportunities",
                aWorkTrial(UUID.fromString(organisation), "Myymälätyö", municipality));
        assertEquals(201, draft.status(), draft.body());
        ApiResponse published = api.as(admin).post("/api/v1/opportunities/" + draft.text("id") + "/publish", null);
        assertEquals(200, published.status(), published.body());
        return draft.text("id");
    }

    private int failures(String subscription) {
        return api.as(flowOwner).get("/api/v1/subscriptions/" + subscription).json().get("consecutiveFailures").getIntValue();
    }

    private Instant dueAt(String subscription) {
        return jdbc.execute(c -> {
            try (var due = c.prepareStatement("SELECT due_at FROM webhook_delivery WHERE subscription_id = ? "
                    + "AND status = 'PENDING'")) {
                due.setString(1, subscription);
                try (var rows = due.executeQuery()) {
                    assertTrue(rows.next(), "a pending delivery");
                    return rows.getTimestamp(1).toInstant();
                }
            }
        });
    }

    private long deliveriesOf(String subscription, String listing) {
        return jdbc.execute(c -> {
            try (var count = c.prepareStatement("SELECT COUNT(*) FROM webhook_delivery WHERE subscription_id = ? "
                    + "AND payload LIKE ?")) {
                count.setString(1, subscription);
                count.setString(2, "%" + listing + "%");
                try (var rows = count.executeQuery()) {
                    rows.next();
                    return rows.getLong(1);
                }
            }
        });
    }
}
