package fi.tarjotin.access;

import fi.tarjotin.support.Api;
import fi.tarjotin.support.ApiResponse;
import fi.tarjotin.support.TestEnvironment;
import fi.tarjotin.support.TestKeys;
import fi.tarjotin.support.TestTokens;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * With tarjotin.entra.allowed-client-ids set, only tokens that those client apps obtained get in: a genuine
 * token that another app got for the user (one they consented to, say) is refused with its own code.
 */
@MicronautTest
class AllowedClientAppsTest extends TestEnvironment {

    static final String THIRD_PARTY_APP = "d1e2f3a4-b5c6-4d7e-8f90-a1b2c3d4e5f6";
    static final String OTHER_OWN_APP = "6b7c8d9e-0f1a-4b2c-9d3e-4f5a6b7c8d9e";
    static final String ANY_API = "/api/v1/municipalities";

    @Inject
    Api api;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("tarjotin.entra.allowed-client-ids",
                TestTokens.CONNECTOR_CLIENT_ID + "," + OTHER_OWN_APP.toUpperCase());
        return properties;
    }

    @Test
    void aV1TokenOfAForeignAppIdIsRefusedWithItsOwnCode() {
        ApiResponse refused = api.as(TestTokens.v1().editor().clientApp(THIRD_PARTY_APP).sign()).get(ANY_API);

        assertClientRefused(refused);
        assertEquals("Bearer", refused.header("WWW-Authenticate").orElseThrow());
    }

    @Test
    void aV2TokenOfAForeignAuthorisedPartyIsRefusedWithItsOwnCodeOnEveryRoute() {
        String token = TestTokens.v2().admin().clientApp(THIRD_PARTY_APP).sign();

        assertClientRefused(api.as(token).get(ANY_API));
        assertClientRefused(api.as(token).get("/api/v1/me"));
        assertClientRefused(api.as(token).post("/api/v1/admin/municipalities", """
                {"code":"933","name":{"fi":"Kunta"},"regionCode":"12","population":1}"""));
        assertEquals(404, api.as(TestTokens.v2().sign()).get("/api/v1/municipalities/933").status());
    }

    @Test
    void anAppOnlyTokenOfAForeignAppIsRefusedToo() {
        assertClientRefused(api.as(TestTokens.v1().appOnly().admin().clientApp(THIRD_PARTY_APP).sign()).get(ANY_API));
        assertClientRefused(api.as(TestTokens.v2().appOnly().admin().clientApp(THIRD_PARTY_APP).sign()).get(ANY_API));
    }

    @Test
    void theRefusalIsExplainedInFinnishSwedishAndEnglish() {
        String token = TestTokens.v2().clientApp(THIRD_PARTY_APP).sign();
        List<String> messages = List.of("fi", "sv", "en").stream()
                .map(language -> api.as(token).header("Accept-Language", language).get(ANY_API))
                .peek(AllowedClientAppsTest::assertClientRefused)
                .map(r -> r.text("error.message")).toList();

        assertEquals(3, messages.stream().distinct().count(), messages.toString());
        assertTrue(messages.get(2).contains("application"), messages.get(2));
    }

    @Test
    void onlyTokensOfTheListedAppsGetInAndOnlyAGenuineTokenLearnsWhyNot() {
        for (TestTokens token : List.of(TestTokens.v1(), TestTokens.v2(), TestTokens.v1().appOnly(),
                TestTokens.v2().appOnly())) {
            assertEquals(200, api.as(token.sign()).get(ANY_API).status());
        }
        assertEquals(200, api.as(TestTokens.v2().clientApp(OTHER_OWN_APP).sign()).get(ANY_API).status());
        ApiResponse forged = api.as(TestTokens.v2().clientApp(THIRD_PARTY_APP).signedWith(TestKeys.ROGUE).sign())
                .get(ANY_API);
        assertEquals(401, forged.status());
        assertEquals("UNAUTHORIZED", forged.text("error.code"));
        assertClientRefused(api.as(TestTokens.v2().clientApp(THIRD_PARTY_APP).sign()).get(ANY_API));
    }

    private static void assertClientRefused(ApiResponse response) {
        assertEquals(401, response.status(), response.body());
        assertEquals("CLIENT_APP_NOT_ALLOWED", response.text("error.code"));
    }
}
