package fi.tarjotin.subscription;

import fi.tarjotin.support.Api;
import fi.tarjotin.support.ApiResponse;
import fi.tarjotin.support.Person;
import fi.tarjotin.support.TestEnvironment;
import fi.tarjotin.support.TestTokens;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static fi.tarjotin.support.CatalogueFixture.aWorkTrial;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A listing's change and the notifications it causes are one transaction: the deliveries are written while
 * the change is, before the answer, and a change that fails after they were written leaves none behind.
 */
// Not one transaction per test: what a request commits or rolls back must be what the test reads.
@MicronautTest(transactional = false)
class NotificationTransactionTest extends TestEnvironment {

    @Inject
    Api api;
    @Inject
    JdbcOperations jdbc;
    @Inject
    FailingListingListener failing;

    String admin;
    String organisation;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("tarjotin.webhooks.allow-http", "true");
        properties.put("tarjotin.webhooks.allow-loopback", "true");
        properties.put(FailingListingListener.ENABLED, "true");
        return properties;
    }

    @BeforeAll
    void setUp() {
        admin = TestTokens.v2().admin().as(Person.named("Aino Ylläpitäjä")).sign();
        String flowOwner = TestTokens.v1().as(Person.named("Ville Valmentaja")).sign();
        ApiResponse created = api.as(admin).post("/api/v1/organisations",
                "{\"name\":\"Lieksan Työpaja ry\",\"kind\":\"ASSOCIATION\",\"municipalityCodes\":[\"422\"]}");
        assertEquals(201, created.status(), created.body());
        organisation = created.text("id");
        ApiResponse subscribed = api.as(flowOwner).post("/api/v1/subscriptions/opportunity-published",
                "{\"notificationUrl\":\"http://127.0.0.1:9/never-called\",\"municipality\":\"422\"}");
        assertEquals(201, subscribed.status(), subscribed.body());
    }

    @Test
    void aPublishedListingHasItsDeliveryWhenThePublishAnswers() {
        String listing = draft("Puutarhatyö Lieksassa");

        assertEquals(200, api.as(admin).post("/api/v1/opportunities/" + listing + "/publish", null).status());

        assertEquals(1, deliveriesOf(listing));
    }

    @Test
    void aPublishThatFailsAfterItsDeliveriesWereWrittenLeavesNoDelivery() {
        String listing = draft(FailingListingListener.TITLE);

        ApiResponse failed = api.as(admin).post("/api/v1/opportunities/" + listing + "/publish", null);

        assertEquals(500, failed.status(), failed.body());
        assertEquals(1, failing.deliveriesSeen.get(), "the delivery is written inside the change's transaction");
        assertEquals(0, deliveriesOf(listing), "the rolled-back change notifies no one");
        assertEquals("DRAFT", api.as(admin).get("/api/v1/opportunities/" + listing).text("status"));
    }

    private String draft(String title) {
        ApiResponse draft = api.as(admin).post("/api/v1/opportunities", aWorkTrial(UUID.fromString(organisation), title, "422"));
        assertEquals(201, draft.status(), draft.body());
        return draft.text("id");
    }

    private long deliveriesOf(String listing) {
        return jdbc.execute(c -> {
            try (var count = c.prepareStatement("SELECT COUNT(*) FROM webhook_delivery WHERE payload LIKE ?")) {
                count.setString(1, "%" + listing + "%");
                try (var rows = count.executeQuery()) {
                    rows.next();
                    return rows.getLong(1);
                }
            }
        });
    }
}
