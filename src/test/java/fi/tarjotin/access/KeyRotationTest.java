package fi.tarjotin.access;

import com.nimbusds.jose.jwk.RSAKey;
import fi.tarjotin.support.Api;
import fi.tarjotin.support.TestEnvironment;
import fi.tarjotin.support.TestKeys;
import fi.tarjotin.support.TestTokens;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Entra rotates its signing keys: a token signed with a key published after start is accepted. */
@MicronautTest
class KeyRotationTest extends TestEnvironment {

    @Inject
    Api api;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        // No waiting between refetches here, so the test needs no clock; the default interval is a minute.
        properties.put("tarjotin.entra.jwks-refetch-min-interval-seconds", "0");
        return properties;
    }

    @Test
    void tokenSignedWithANewlyPublishedKeyIsAcceptedAfterARefetch() {
        assertEquals(200, api.as(TestTokens.v2().sign()).get("/api/v1/municipalities").status());
        RSAKey rotated = TestKeys.rotateIn("rotated-" + System.nanoTime());
        int before = TestKeys.fetchCount();

        assertEquals(200, api.as(TestTokens.v2().signedWith(rotated).sign()).get("/api/v1/municipalities").status());
        assertEquals(before + 1, TestKeys.fetchCount());
        assertEquals(200, api.as(TestTokens.v1().signedWith(rotated).sign()).get("/api/v1/municipalities").status());
        assertEquals(before + 1, TestKeys.fetchCount(), "the new key is cached after one fetch");
    }
}
