package fi.tarjotin.access;

import fi.tarjotin.support.TestTokens;
import io.micronaut.security.authentication.Authentication;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The cache of validated tokens keeps a hash of each token, never the token itself. */
class ValidatedTokensTest {

    @Test
    void aTokenIsRememberedUnderItsSha256HashNotItself() {
        String token = TestTokens.v2().sign();
        ValidatedTokens remembered = new ValidatedTokens(Clock.systemUTC());
        Authentication authentication = Authentication.build("someone", List.of(), Map.of());

        remembered.remember(token, authentication, TestTokens.HOME_TENANT.toString(), Instant.now().plusSeconds(600));

        String key = ValidatedTokens.keyOf(token);
        assertTrue(key.matches("[0-9a-f]{64}"), key);
        assertNotEquals(token, key);
        assertFalse(token.contains(key));
        assertEquals(authentication, remembered.find(token).orElseThrow().authentication());
        assertTrue(remembered.find(TestTokens.v2().sign()).isEmpty());
        assertTrue(remembered.find(token).get().toString().indexOf(token) < 0, "no token in what is kept");
    }

    @Test
    void aTokenIsNeverRememberedPastItsExpiry() {
        String token = TestTokens.v2().sign();
        ValidatedTokens remembered = new ValidatedTokens(Clock.systemUTC());

        remembered.remember(token, Authentication.build("someone", List.of(), Map.of()), "t", Instant.now().minusSeconds(1));

        assertTrue(remembered.find(token).isEmpty());
    }
}
