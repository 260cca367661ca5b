package fi.tarjotin.support;

import io.micronaut.test.support.TestPropertyProvider;

import java.util.Map;

/**
 * Test configuration: a fresh database for each test class (in-memory H2 in SQL Server mode, or a database
 * on a real SQL Server with {@code -Psqlserver}: see {@link TestDatabases}), and Entra settings that trust
 * the test key's JWKS, and no ticker: tests drive background work themselves. Test classes extend this and carry {@code @MicronautTest}.
 */
@org.junit.jupiter.api.TestInstance(org.junit.jupiter.api.TestInstance.Lifecycle.PER_CLASS)
public abstract class TestEnvironment implements TestPropertyProvider {

    @Override
    public Map<String, String> getProperties() {
        return Map.of(
                "datasources.default.url", TestDatabases.freshUrl(),
                "tarjotin.entra.home-tenant-id", TestTokens.HOME_TENANT.toString(),
                "tarjotin.entra.audiences", TestTokens.CLIENT_ID + "," + TestTokens.APP_ID_URI,
                "tarjotin.entra.jwks-uri", TestKeys.jwksUri(),
                "micronaut.server.port", "-1",
                // Background work runs only when a test drives the engine (WorkEngine.runOnce, run, runDueJobs).
                "tarjotin.work.enabled", "false",
                // Tests act as one person many times a minute; RateLimitTest sets its own budgets.
                "tarjotin.rate-limit.per-caller-per-minute", "1000000",
                "tarjotin.rate-limit.per-address-per-minute", "1000000");
    }
}
