package fi.tarjotin.subscription;

import fi.tarjotin.support.Api;
import fi.tarjotin.support.ApiResponse;
import fi.tarjotin.support.Person;
import fi.tarjotin.support.TestClock;
import fi.tarjotin.support.TestEnvironment;
import fi.tarjotin.support.TestTokens;
import fi.tarjotin.work.WorkEngine;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static fi.tarjotin.support.CatalogueFixture.aWorkTrial;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * DNS rebinding: a callback host that answers one address when asked first and another afterwards. The
 * delivery resolves once, checks what it got and connects to exactly that. Here the test-only setting lets
 * 127.0.0.1 stand for a public receiver, and a second receiver on 127.0.0.2 (on the same port) plays a
 * host of the internal network, which no delivery may reach. The test runs the engine's rounds itself.
 */
@MicronautTest(transactional = false)
class CallbackAddressPinningTest extends TestEnvironment {

    @Inject
    Api api;
    @Inject
    WorkEngine engine;
    @Inject
    TestClock clock;
    @Inject
    ScriptedResolver dns;

    final WebhookReceiver checked = new WebhookReceiver();
    final WebhookReceiver internal = new WebhookReceiver(address("127.0.0.2"), checked.port());
    String admin;
    String flowOwner;
    String organisation;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put(ScriptedResolver.ENABLED, "true");
        properties.put("tarjotin.webhooks.allow-http", "true");
        properties.put("tarjotin.webhooks.allow-loopback", "true");
        properties.put("tarjotin.work.enabled", "false");
        properties.put("tarjotin.webhooks.initial-backoff", "200ms");
        properties.put("tarjotin.webhooks.timeout", "2s");
        return properties;
    }

    @BeforeAll
    void setUp() {
        admin = TestTokens.v2().admin().as(Person.named("Aino Ylläpitäjä")).sign();
        flowOwner = TestTokens.v1().as(Person.named("Ville Valmentaja")).sign();
        ApiResponse created = api.as(admin).post("/api/v1/organisations",
                "{\"name\":\"Lieksan Työpaja ry\",\"kind\":\"ASSOCIATION\",\"municipalityCodes\":[\"422\"]}");
        assertEquals(201, created.status(), created.body());
        organisation = created.text("id");
    }

    @AfterAll
    void stopReceivers() {
        checked.close();
        internal.close();
    }

    @Test
    void theDeliveryGoesToTheAddressThatWasCheckedAndNeverToALaterAnswer() {
        dns.answer("flow-a.logic.azure.com", List.of(address("127.0.0.1")), List.of(address("127.0.0.2")));
        subscribe("http://flow-a.logic.azure.com:" + checked.port() + "/rebinding");
        String listing = publishedListing();

        engine.runOnce();
        WebhookReceiver.Received got = checked.next("/rebinding", Duration.ZERO);

        assertEquals(listing, got.body().path("opportunity").path("id").asText());
        assertEquals("flow-a.logic.azure.com:" + checked.port(), got.host(), "the request still names the host");
        assertEquals(1, dns.lookups("flow-a.logic.azure.com"), "resolved once, for the check and the connection");
        assertEquals(List.of(), internal.receivedAt("/rebinding"));
    }

    @Test
    void aHostWithAnyInternalAddressIsNotContacted() {
        dns.answer("flow-b.logic.azure.com", List.of(address("203.0.113.9"), address("127.0.0.2")),
                List.of(address("203.0.113.9"), address("127.0.0.2")));
        String subscription = subscribe("http://flow-b.logic.azure.com:" + checked.port() + "/mixed");
        publishedListing();

        engine.runOnce();
        clock.advance(Duration.ofSeconds(60));
        engine.runOnce();
        assertEquals(2, failures(subscription), "two refused attempts");

        assertEquals(List.of(), internal.receivedAt("/mixed"));
        assertEquals(List.of(), checked.receivedAt("/mixed"));
    }

    private String subscribe(String url) {
        ApiResponse created = api.as(flowOwner).post("/api/v1/subscriptions/opportunity-published",
                "{\"notificationUrl\":\"" + url + "\",\"municipality\":\"422\"}");
        assertEquals(201, created.status(), created.body());
        return created.text("id");
    }

    private String publishedListing() {
        ApiResponse draft = api.as(admin).post("/api/v1/opportunities",
                aWorkTrial(java.util.UUID.fromString(organisation), "Puutyö", "422"));
        assertEquals(201, draft.status(), draft.body());
        assertEquals(200, api.as(admin).post("/api/v1/opportunities/" + draft.text("id") + "/publish", null).status());
        return draft.text("id");
    }

    private int failures(String subscription) {
        return api.as(flowOwner).get("/api/v1/subscriptions/" + subscription).json().get("consecutiveFailures").getIntValue();
    }

    private static InetAddress address(String literal) {
        try {
            return InetAddress.getByName(literal);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(literal, e);
        }
    }
}
