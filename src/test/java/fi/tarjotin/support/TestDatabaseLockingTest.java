package fi.tarjotin.support;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The test databases lock as production does: a reader gets the last committed row while a writer holds it.
 * Azure SQL does this with READ_COMMITTED_SNAPSHOT (which {@link TestDatabases} turns on for a SQL Server),
 * H2 always does. Without it SQL Server would make the reader wait for the writer.
 */
@MicronautTest
class TestDatabaseLockingTest extends TestEnvironment {

    private static final String READ = "SELECT population FROM municipality WHERE code = '167'";

    @Inject
    DataSource dataSource;

    @Test
    void aReaderGetsTheCommittedRowWhileAWriterHoldsIt() throws SQLException {
        try (Connection writer = TestDatabases.separateConnection(dataSource);
             Connection reader = TestDatabases.separateConnection(dataSource)) {
            long committed = population(reader);
            writer.setAutoCommit(false);
            try (var update = writer.prepareStatement("UPDATE municipality SET population = population + 1 WHERE code = '167'")) {
                assertEquals(1, update.executeUpdate());
            }
            try {
                assertEquals(committed, population(reader));
            } finally {
                writer.rollback();
            }
        }
    }

    private static long population(Connection reader) throws SQLException {
        try (var read = reader.prepareStatement(READ)) {
            // Without snapshot reads SQL Server blocks here until the writer ends; fail instead of hanging.
            read.setQueryTimeout(10);
            try (var rows = read.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
