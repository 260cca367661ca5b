package fi.tarjotin.access;

import fi.tarjotin.support.Api;
import fi.tarjotin.support.ApiResponse;
import fi.tarjotin.support.TestEnvironment;
import fi.tarjotin.support.TestKeys;
import fi.tarjotin.support.TestTokens;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest
class TokenValidationTest extends TestEnvironment {

    private static final String ANY_API = "/api/v1/municipalities";

    @Inject
    Api api;

    @Test
    void acceptsV1TokenWithAppIdUriAudience() {
        assertEquals(200, api.as(TestTokens.v1().sign()).get(ANY_API).status());
    }

    @Test
    void acceptsV2TokenWithClientIdAudience() {
        assertEquals(200, api.as(TestTokens.v2().sign()).get(ANY_API).status());
    }

    @Test
    void acceptsEitherAudienceFormInEitherVersion() {
        assertEquals(200, api.as(TestTokens.v1().audience(TestTokens.CLIENT_ID).sign()).get(ANY_API).status());
        assertEquals(200, api.as(TestTokens.v2().audience(TestTokens.APP_ID_URI).sign()).get(ANY_API).status());
    }

    @Test
    void refusesMissingTokenWithEnvelope() {
        assertUnauthorized(api.anonymous().get(ANY_API));
    }

    @Test
    void refusesWrongAudience() {
        assertUnauthorized(api.as(TestTokens.v2().audience("api://someone-else").sign()).get(ANY_API));
    }

    @Test
    void refusesTenantThatIsNotAllowed() {
        assertUnauthorized(api.as(TestTokens.v2().tenantClaim(TestTokens.FOREIGN_TENANT).sign()).get(ANY_API));
    }

    @Test
    void refusesIssuerThatDisagreesWithTenant() {
        String otherIssuer = "https://login.microsoftonline.com/" + TestTokens.FOREIGN_TENANT + "/v2.0";
        assertUnauthorized(api.as(TestTokens.v2().issuer(otherIssuer).sign()).get(ANY_API));
        assertUnauthorized(api.as(TestTokens.v2().issuer("https://evil.example/" + TestTokens.HOME_TENANT + "/v2.0")
                .sign()).get(ANY_API));
    }

    @Test
    void refusesTokenWithoutOid() {
        assertUnauthorized(api.as(TestTokens.v2().withoutOid().sign()).get(ANY_API));
    }

    @Test
    void refusesExpiredBeyondSkewButToleratesSmallSkew() {
        assertUnauthorized(api.as(TestTokens.v2().expiredAt(Instant.now().minusSeconds(300)).sign()).get(ANY_API));
        assertEquals(200, api.as(TestTokens.v2().expiredAt(Instant.now().minusSeconds(30)).sign()).get(ANY_API)
                .status());
    }

    @Test
    void refusesTokenNotYetValid() {
        assertUnauthorized(api.as(TestTokens.v2().notBefore(Instant.now().plusSeconds(600)).sign()).get(ANY_API));
    }

    @Test
    void refusesTokenSignedWithAnotherKey() {
        assertUnauthorized(api.as(TestTokens.v2().signedWith(TestKeys.ROGUE).sign()).get(ANY_API));
        assertUnauthorized(api.as(TestTokens.v2().signedWith(TestKeys.ROGUE).keyId(TestKeys.SIGNING.getKeyID())
                .sign()).get(ANY_API));
    }

    @Test
    void refusesTamperedAndUnsignedTokens() {
        String[] parts = TestTokens.v2().sign().split("\\.");
        String noneHeader = java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes());
        assertUnauthorized(api.as(noneHeader + "." + parts[1] + ".").get(ANY_API));
        String otherPayload = TestTokens.v2().admin().sign().split("\\.")[1];
        assertUnauthorized(api.as(parts[0] + "." + otherPayload + "." + parts[2]).get(ANY_API));
        assertUnauthorized(api.as("not-a-token").get(ANY_API));
    }

    @Test
    void unknownKeyIdsRefetchTheKeysAtMostOncePerInterval() {
        assertEquals(200, api.as(TestTokens.v2().sign()).get(ANY_API).status());
        int before = TestKeys.fetchCount();
        for (int i = 0; i < 5; i++) {
            assertUnauthorized(api.as(TestTokens.v2().signedWith(TestKeys.ROGUE).sign()).get(ANY_API));
        }
        assertTrue(TestKeys.fetchCount() - before <= 1, "fetched " + (TestKeys.fetchCount() - before) + " times");
    }

    @Test
    void refusesHmacTokenSignedWithThePublicKey() {
        assertUnauthorized(api.as(TestTokens.v2().hmacWithPublicKey().sign()).get(ANY_API));
    }

    @Test
    void refusesKeysOfferedInsideTheToken() throws Exception {
        var rogue = TestKeys.ROGUE.toPublicJWK();
        assertUnauthorized(api.as(TestTokens.v2().signedWith(TestKeys.ROGUE).header(h -> h.jwk(rogue)).sign())
                .get(ANY_API));
        assertUnauthorized(api.as(TestTokens.v2().header(h -> h.jwk(TestKeys.SIGNING.toPublicJWK())).sign())
                .get(ANY_API));
        assertUnauthorized(api.as(TestTokens.v2().header(h -> h.jwkURL(java.net.URI.create("https://evil.example/keys")))
                .sign()).get(ANY_API));
        assertUnauthorized(api.as(TestTokens.v2().header(h -> h.x509CertURL(java.net.URI.create("https://evil.example/c")))
                .sign()).get(ANY_API));
        assertUnauthorized(api.as(TestTokens.v2().header(h -> h.x509CertChain(java.util.List.of(
                com.nimbusds.jose.util.Base64.encode("not a certificate")))).sign()).get(ANY_API));
    }

    @Test
    void refusesUnknownCriticalHeaders() {
        assertUnauthorized(api.as(TestTokens.v2().header(h -> h.criticalParams(java.util.Set.of("exp-policy"))
                .customParam("exp-policy", "lenient")).sign()).get(ANY_API));
    }

    @Test
    void refusesUnknownKeyId() {
        assertUnauthorized(api.as(TestTokens.v2().keyId("not-published").sign()).get(ANY_API));
    }

    @Test
    void acceptsLargeGenuineToken() {
        String token = TestTokens.v2().groups(350).sign();
        assertEquals(true, token.length() > 14_000, "token is " + token.length() + " characters");
        assertEquals(200, api.as(token).get(ANY_API).status());
    }

    private static void assertUnauthorized(ApiResponse response) {
        assertEquals(401, response.status(), response.body());
        assertEquals("UNAUTHORIZED", response.text("error.code"));
        assertFalse(response.body().contains("Exception"));
    }
}
