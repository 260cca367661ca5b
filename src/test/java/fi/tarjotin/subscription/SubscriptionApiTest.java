package fi.tarjotin.subscription;

import fi.tarjotin.support.Api;
import fi.tarjotin.support.ApiResponse;
import fi.tarjotin.support.Person;
import fi.tarjotin.support.TestEnvironment;
import fi.tarjotin.support.TestTokens;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Subscribing and unsubscribing with the production settings: only https callbacks to Power Automate's
 * hosts are accepted, so a subscription can never aim the service at localhost or an internal network.
 */
@MicronautTest
class SubscriptionApiTest extends TestEnvironment {

    static final String FLOW = "https://prod-23.northeurope.logic.azure.com:443/workflows/4f1c2d/triggers/manual/paths/invoke"
            + "?api-version=2016-06-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=c2lnbmF0dXJl";

    @Inject
    Api api;

    String coach;
    String otherCoach;
    String admin;

    @BeforeAll
    void setUp() {
        coach = TestTokens.v1().as(Person.named("Ville Valmentaja")).sign();
        otherCoach = TestTokens.v2().as(Person.named("Olga Ohjaaja")).sign();
        admin = TestTokens.v2().admin().as(Person.named("Aino Ylläpitäjä")).sign();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "http://prod-23.northeurope.logic.azure.com/workflows/4f1c2d",
            "https://localhost/hook",
            "https://LOCALHOST:8443/hook",
            "https://printer.localhost/hook",
            "https://127.0.0.1/hook",
            "https://10.0.0.5/hook",
            "https://192.168.1.20/hook",
            "https://172.16.4.4/hook",
            "https://169.254.169.254/latest/meta-data",
            "https://[::1]/hook",
            "https://[fd00::1]/hook",
            "https://2130706433/hook",
            "https://evil.example.com/hook",
            "https://logic.azure.com.evil.example/hook",
            "https://evillogic.azure.com/hook",
            "https://prod-23.northeurope.logic.azure.com:8443/workflows/4f1c2d",
            "https://user:secret@prod-23.northeurope.logic.azure.com/workflows/4f1c2d",
            "ftp://prod-23.northeurope.logic.azure.com/workflows",
            "not a url at all"})
    void aCallbackOutsidePowerAutomateIsRefused(String url) {
        ApiResponse refused = api.as(coach).post("/api/v1/subscriptions/opportunity-published",
                "{\"notificationUrl\":\"" + url + "\"}");

        assertEquals(400, refused.status(), url + " " + refused.body());
        assertEquals("CALLBACK_URL_NOT_ALLOWED", refused.text("error.code"));
        assertEquals("notificationUrl", refused.text("error.target"));
    }

    @Test
    void aFlowSubscribesAndTheLocationUnsubscribesIt() {
        ApiResponse created = api.as(coach).post("/api/v1/subscriptions/opportunity-published",
                "{\"notificationUrl\":\"" + FLOW + "\",\"municipality\":\"541\",\"type\":\"WORK_TRIAL\"}");

        assertEquals(201, created.status(), created.body());
        String location = created.header("Location").orElseThrow();
        assertEquals(api.uri("/api/v1/subscriptions/" + created.text("id")).toString(), location);
        assertEquals("OPPORTUNITY_PUBLISHED", created.text("event"));
        assertEquals("ACTIVE", created.text("status"));
        assertEquals("prod-23.northeurope.logic.azure.com", created.text("callbackHost"));
        assertFalse(created.body().contains("sig="), "the callback's signature is never shown");

        assertEquals(200, api.as(coach).get(location).status());
        assertEquals(204, api.as(coach).delete(location).status());
        assertEquals(404, api.as(coach).get(location).status());
        assertEquals(404, api.as(coach).delete(location).status());
    }

    @Test
    void subscribingTheSameFlowAgainAnswersTheSameSubscription() {
        String url = FLOW.replace("4f1c2d", "again");
        String first = api.as(coach).post("/api/v1/subscriptions/opportunity-changed",
                "{\"notificationUrl\":\"" + url + "\"}").text("id");
        ApiResponse second = api.as(coach).post("/api/v1/subscriptions/opportunity-changed",
                "{\"notificationUrl\":\"" + url + "\"}");

        assertEquals(201, second.status());
        assertEquals(first, second.text("id"), "Power Automate's retry of a subscribe makes no second subscription");
        assertNotEquals(first, api.as(coach).post("/api/v1/subscriptions/opportunity-published",
                "{\"notificationUrl\":\"" + url + "\"}").text("id"), "another trigger is another subscription");
    }

    @Test
    void everyoneSeesTheirOwnSubscriptionsAndAdminsSeeAll() {
        String mine = api.as(coach).post("/api/v1/subscriptions/opportunity-changed",
                "{\"notificationUrl\":\"" + FLOW.replace("4f1c2d", "mine") + "\"}").text("id");
        String theirs = api.as(otherCoach).post("/api/v1/subscriptions/opportunity-changed",
                "{\"notificationUrl\":\"" + FLOW.replace("4f1c2d", "theirs") + "\"}").text("id");

        assertTrue(api.as(coach).get("/api/v1/subscriptions").ids().contains(mine));
        assertFalse(api.as(coach).get("/api/v1/subscriptions").ids().contains(theirs));
        assertEquals(404, api.as(coach).get("/api/v1/subscriptions/" + theirs).status());
        assertEquals(404, api.as(coach).delete("/api/v1/subscriptions/" + theirs).status());
        assertTrue(api.as(admin).get("/api/v1/subscriptions").ids().containsAll(java.util.List.of(mine, theirs)));
        assertEquals(200, api.as(admin).get("/api/v1/subscriptions/" + theirs).status());
    }

    @Test
    void subscriptionsPageWithNextLink() {
        for (int i = 0; i < 3; i++) {
            api.as(otherCoach).post("/api/v1/subscriptions/opportunity-published",
                    "{\"notificationUrl\":\"" + FLOW.replace("4f1c2d", "page" + i) + "\"}");
        }
        ApiResponse first = api.as(otherCoach).get("/api/v1/subscriptions?top=2");
        assertEquals(2, first.items().size());
        ApiResponse second = api.as(otherCoach).get(first.text("nextLink"));
        assertEquals(200, second.status(), second.body());
        assertTrue(second.ids().stream().noneMatch(first.ids()::contains), "no subscription twice");
    }

    @Test
    void filtersAndEventAreChecked() {
        ApiResponse unknownMunicipality = api.as(coach).post("/api/v1/subscriptions/opportunity-published",
                "{\"notificationUrl\":\"" + FLOW + "\",\"municipality\":\"999\"}");
        assertEquals(422, unknownMunicipality.status());
        assertEquals("municipality", unknownMunicipality.text("error.target"));
        ApiResponse unknownType = api.as(coach).post("/api/v1/subscriptions/opportunity-published",
                "{\"notificationUrl\":\"" + FLOW + "\",\"type\":\"GOLF\"}");
        assertEquals("type", unknownType.text("error.target"));
        ApiResponse noEvent = api.as(coach).post("/api/v1/subscriptions", "{\"notificationUrl\":\"" + FLOW + "\"}");
        assertEquals(422, noEvent.status());
        assertEquals("event", noEvent.text("error.target"));
        ApiResponse generic = api.as(coach).post("/api/v1/subscriptions",
                "{\"notificationUrl\":\"" + FLOW.replace("4f1c2d", "generic") + "\",\"event\":\"OPPORTUNITY_CHANGED\"}");
        assertEquals(201, generic.status(), generic.body());
        assertEquals("OPPORTUNITY_CHANGED", generic.text("event"));
        assertEquals(422, api.as(coach).post("/api/v1/subscriptions/opportunity-published", "{}").status());
    }

    @Test
    void anApplicationWithoutAUserCannotSubscribe() {
        String appOnly = TestTokens.v2().appOnly().as(Person.named("Ajastettu Sovellus")).sign();
        ApiResponse refused = api.as(appOnly).post("/api/v1/subscriptions/opportunity-published",
                "{\"notificationUrl\":\"" + FLOW + "\"}");
        assertEquals(403, refused.status());
        assertEquals(401, api.anonymous().post("/api/v1/subscriptions/opportunity-published",
                "{\"notificationUrl\":\"" + FLOW + "\"}").status());
    }

    @Test
    void anIdThatIsNoSubscriptionIsNotFound() {
        assertEquals(404, api.as(admin).get("/api/v1/subscriptions/" + UUID.randomUUID()).status());
        assertEquals(404, api.as(admin).delete("/api/v1/subscriptions/" + UUID.randomUUID()).status());
    }

    @Test
    void anUnreadableIdIs400InvalidIdNamingTheParameter() {
        for (ApiResponse response : java.util.List.of(api.as(admin).get("/api/v1/subscriptions/not-an-id"),
                api.as(admin).delete("/api/v1/subscriptions/not-an-id"))) {
            assertEquals(400, response.status(), response.body());
            assertEquals("INVALID_ID", response.text("error.code"));
            assertEquals("id", response.text("error.target"));
        }
    }

    @Test
    void hostPatternsMatchSubdomainsOnly() {
        assertTrue(CallbackUrlPolicy.matches("*.logic.azure.com", "prod-01.westeurope.logic.azure.com"));
        assertFalse(CallbackUrlPolicy.matches("*.logic.azure.com", "logic.azure.com"));
        assertFalse(CallbackUrlPolicy.matches("*.logic.azure.com", "evillogic.azure.com"));
        assertTrue(CallbackUrlPolicy.matches("hooks.example.fi", "hooks.example.fi"));
        assertFalse(CallbackUrlPolicy.matches("hooks.example.fi", "a.hooks.example.fi"));
    }
}
