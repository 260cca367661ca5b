package fi.tarjotin.support;

import io.micronaut.test.support.TestPropertyProvider;

import java.util.Map;
import java.util.UUID;

/**
 * Test configuration: a fresh in-memory H2 database in SQL Server mode for each test class, and Entra
 * settings that trust the test key's JWKS. Test classes extend this and carry {@code @MicronautTest}.
 */
@org.junit.jupiter.api.TestInstance(org.junit.jupiter.api.TestInstance.Lifecycle.PER_CLASS)
public abstract class TestEnvironment implements TestPropertyProvider {

    @Override
    public Map<String, String> getProperties() {
        return Map.of(
                "datasources.default.url", "jdbc:h2:mem:tarjotin-" + UUID.randomUUID()
                        + ";MODE=MSSQLServer;DATABASE_TO_UPPER=FALSE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1",
                "tarjotin.entra.home-tenant-id", TestTokens.HOME_TENANT.toString(),
                "tarjotin.entra.audiences", TestTokens.CLIENT_ID + "," + TestTokens.APP_ID_URI,
                "tarjotin.entra.jwks-uri", TestKeys.jwksUri(),
                "micronaut.server.port", "-1",
                // Tests act as one person many times a minute; RateLimitTest sets its own budgets.
                "tarjotin.rate-limit.per-caller-per-minute", "1000000",
                "tarjotin.rate-limit.per-address-per-minute", "1000000");
    }
}
