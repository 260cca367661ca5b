package fi.tarjotin.reliability;

import fi.tarjotin.support.Api;
import fi.tarjotin.support.ApiResponse;
import fi.tarjotin.support.TestEnvironment;
import fi.tarjotin.support.TestTokens;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.h2.tools.Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The database goes away and comes back: meanwhile requests fail fast with 503 and Retry-After in the
 * envelope, readiness says so, and the service recovers by itself. The database is an H2 TCP server
 * that the test stops and starts.
 */
@MicronautTest(transactional = false)
class DatabaseOutageTest extends TestEnvironment {

    private static final Duration FAIL_FAST = Duration.ofSeconds(5);

    @Inject
    Api api;

    private int port;
    private Server database;
    private final String token = TestTokens.v2().sign();

    @Override
    public Map<String, String> getProperties() {
        port = freePort();
        startDatabase();
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("datasources.default.url", "jdbc:h2:tcp://127.0.0.1:" + port + "/outage-" + UUID.randomUUID()
                + ";MODE=MSSQLServer;DATABASE_TO_UPPER=FALSE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;IGNORECASE=TRUE");
        return properties;
    }

    @AfterAll
    void stopDatabase() {
        database.stop();
    }

    @Test
    void failsFastWhileTheDatabaseIsDownAndRecoversByItself() {
        assertEquals(200, search().status());
        assertEquals(200, api.anonymous().get("/health/readiness").status());

        database.stop();
        Instant before = Instant.now();
        ApiResponse during = search();
        Duration took = Duration.between(before, Instant.now());

        assertEquals(503, during.status(), during.body());
        assertEquals("SERVICE_UNAVAILABLE", during.text("error.code"));
        assertTrue(during.header("Retry-After").isPresent());
        assertTrue(took.compareTo(FAIL_FAST) < 0, "took " + took);
        assertTrue(!during.body().contains("Hikari") && !during.body().contains("SQL")
                && !during.body().contains("Exception"), during.body());
        assertEquals(503, api.anonymous().get("/health/readiness").status());
        assertEquals(200, api.anonymous().get("/health/liveness").status(), "the process itself is alive");

        startDatabase();
        // No waiting: the pool opens a new connection for the first request after the database is back.
        ApiResponse after = search();
        assertEquals(200, after.status(), "recovered without a restart: " + after.body());
        assertEquals(200, api.anonymous().get("/health/readiness").status());
    }

    private ApiResponse search() {
        return api.as(token).get("/api/v1/opportunities?municipality=541");
    }

    private void startDatabase() {
        try {
            database = Server.createTcpServer("-tcpPort", Integer.toString(port), "-ifNotExists", "-tcpDaemon",
                    "-baseDir", java.nio.file.Path.of("target", "outage-db").toAbsolutePath().toString()).start();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
