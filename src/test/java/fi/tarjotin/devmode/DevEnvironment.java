package fi.tarjotin.devmode;

import fi.tarjotin.support.TestDatabases;
import io.micronaut.test.support.TestPropertyProvider;
import org.junit.jupiter.api.TestInstance;

import java.util.Map;

/**
 * The dev environment as {@code ./mvnw mn:run} starts it (application-dev.yml, sample data, dev sign-in),
 * but on a fresh database of its own (in-memory H2, or on the SQL Server of {@code -Psqlserver}: the sample
 * data must load there too) and a random port. Test classes extend this and carry
 * {@code @MicronautTest(environments = "dev")}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class DevEnvironment implements TestPropertyProvider {

    static final String DEV_TENANT = "de000000-0000-4000-8000-000000000001";
    static final String DEV_CLIENT_ID = "de000000-0000-4000-8000-0000000000c1";

    @Override
    public Map<String, String> getProperties() {
        return Map.of(
                "datasources.default.url", TestDatabases.freshUrl(),
                "micronaut.server.port", "-1");
    }
}
