package fi.tarjotin.ratelimit;

import fi.tarjotin.support.Api;
import fi.tarjotin.support.ApiResponse;
import fi.tarjotin.support.Person;
import fi.tarjotin.support.TestEnvironment;
import fi.tarjotin.support.TestTokens;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Behind the platform's ingress, with X-Forwarded-For trusted: a client cannot reset its budget by
 * writing its own entries into the header, and requests that sign-in refuses spend their address's budget.
 * Time stands still here, so no budget refills while a test runs.
 */
@MicronautTest
class RateLimitBehindProxyTest extends TestEnvironment {

    private static final int BUDGET = 30;

    @Inject
    Api api;

    @MockBean(RateLimitClock.class)
    RateLimitClock frozen() {
        return new RateLimitClock() {
            @Override
            public long currentTimeNanos() {
                return 0;
            }
        };
    }

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("tarjotin.rate-limit.trust-forwarded-for", "true");
        properties.put("tarjotin.rate-limit.per-caller-per-minute", Integer.toString(BUDGET));
        properties.put("tarjotin.rate-limit.per-address-per-minute", Integer.toString(BUDGET));
        return properties;
    }

    @Test
    void aClientWritingARandomLeftMostAddressIsStillLimitedByTheAddressTheProxyAppended() {
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 2 * BUDGET; i++) {
            statuses.add(api.anonymous().header("X-Forwarded-For", randomAddress() + ", 203.0.113.10")
                    .get("/public/v1/municipalities/541/opportunities").status());
        }

        assertEquals(Collections.nCopies(BUDGET, 200), statuses.subList(0, BUDGET));
        assertEquals(Collections.nCopies(BUDGET, 429), statuses.subList(BUDGET, 2 * BUDGET));
    }

    @Test
    void theRightMostEntryIsTheAddressThatIsBudgeted() {
        for (int i = 0; i < BUDGET; i++) {
            assertEquals(200, fromProxy("198.51.100.1").get("/public/v1/municipalities/541/opportunities").status());
        }
        ApiResponse spent = fromProxy("198.51.100.1").get("/public/v1/municipalities/541/opportunities");
        // Another client naming the spent address on the left is someone else.
        ApiResponse other = api.anonymous().header("X-Forwarded-For", "198.51.100.1, 198.51.100.2")
                .get("/public/v1/municipalities/541/opportunities");

        assertEquals(429, spent.status());
        assertEquals(200, other.status());
    }

    @Test
    void unauthenticatedApiRequestsAreLimitedByAddressAndThenAnswered429() {
        String forged = TestTokens.v2().tenantClaim(TestTokens.FOREIGN_TENANT).sign();
        for (int i = 0; i < BUDGET; i++) {
            ApiResponse refused = i % 2 == 0 ? fromProxy("192.0.2.50").get("/api/v1/municipalities")
                    : fromProxy("192.0.2.50").header("Authorization", "Bearer " + forged).get("/api/v1/municipalities");
            assertEquals(401, refused.status(), refused.body());
        }

        ApiResponse limited = fromProxy("192.0.2.50").get("/api/v1/municipalities");
        ApiResponse limitedWithForgedToken = fromProxy("192.0.2.50").header("Authorization", "Bearer " + forged)
                .get("/api/v1/municipalities");
        ApiResponse signedIn = api.as(TestTokens.v2().as(Person.named("Samassa Verkossa")).sign())
                .header("X-Forwarded-For", "192.0.2.50").get("/api/v1/municipalities");

        assertEquals(429, limited.status(), limited.body());
        assertEquals("TOO_MANY_REQUESTS", limited.text("error.code"));
        assertTrue(limited.header("Retry-After").isPresent());
        assertEquals(429, limitedWithForgedToken.status());
        assertEquals(200, signedIn.status(), "a signed-in caller has a budget of their own");
    }

    private Api.Call fromProxy(String clientAddress) {
        return api.anonymous().header("X-Forwarded-For", clientAddress);
    }

    private static String randomAddress() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
    }
}
