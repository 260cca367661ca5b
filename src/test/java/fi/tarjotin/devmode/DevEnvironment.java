package fi.tarjotin.devmode;

import io.micronaut.test.support.TestPropertyProvider;
import org.junit.jupiter.api.TestInstance;

import java.util.Map;
import java.util.UUID;

/**
 * The dev environment as {@code ./mvnw mn:run} starts it (application-dev.yml, sample data, dev sign-in),
 * but on a fresh in-memory database and a random port. Test classes extend this and carry
 * {@code @MicronautTest(environments = "dev")}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class DevEnvironment implements TestPropertyProvider {

    static final String DEV_TENANT = "de000000-0000-4000-8000-000000000001";
    static final String DEV_CLIENT_ID = "de000000-0000-4000-8000-0000000000c1";

    @Override
    public Map<String, String> getProperties() {
        return Map.of(
                "datasources.default.url", "jdbc:h2:mem:tarjotin-dev-" + UUID.randomUUID()
                        + ";MODE=MSSQLServer;DATABASE_TO_UPPER=FALSE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;IGNORECASE=TRUE;DB_CLOSE_DELAY=-1",
                "micronaut.server.port", "-1");
    }
}
