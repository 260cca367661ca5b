package fi.tarjotin.ratelimit;

import fi.tarjotin.support.Api;
import fi.tarjotin.support.ApiResponse;
import fi.tarjotin.support.Person;
import fi.tarjotin.support.TestEnvironment;
import fi.tarjotin.support.TestTokens;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest
class RateLimitTest extends TestEnvironment {

    private static final int BUDGET = 5;

    @Inject
    Api api;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("tarjotin.rate-limit.per-caller-per-minute", Integer.toString(BUDGET));
        properties.put("tarjotin.rate-limit.per-address-per-minute", Integer.toString(BUDGET));
        return properties;
    }

    @Test
    void aCallerOverTheirBudgetGets429WithRetryAfterAndOthersAreUnaffected() {
        String busy = TestTokens.v2().as(Person.named("Kiireinen Kalle")).sign();
        for (int i = 0; i < BUDGET; i++) {
            assertEquals(200, api.as(busy).get("/api/v1/municipalities").status());
        }
        ApiResponse limited = api.as(busy).get("/api/v1/municipalities");

        assertEquals(429, limited.status());
        assertEquals("TOO_MANY_REQUESTS", limited.text("error.code"));
        long retryAfter = Long.parseLong(limited.header("Retry-After").orElseThrow());
        assertTrue(retryAfter >= 1 && retryAfter <= 60, "Retry-After " + retryAfter);
        assertEquals(200, api.as(TestTokens.v1().as(Person.named("Rauhallinen Riitta")).sign())
                .get("/api/v1/municipalities").status());
    }

    @Test
    void publicPagesAreLimitedPerAddress() {
        int lastStatus = 0;
        for (int i = 0; i <= BUDGET; i++) {
            lastStatus = api.anonymous().get("/public/v1/municipalities/541/opportunities").status();
        }
        assertEquals(429, lastStatus);
    }
}
