package fi.tarjotin.config;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.atomic.AtomicBoolean;

/** Rewrites the embedded H2 file without the space that bulk loading left behind (about 40 times the data). */
@Singleton
public class EmbeddedDatabaseCompaction {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDatabaseCompaction.class);

    private final JdbcOperations jdbc;

    EmbeddedDatabaseCompaction(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** On H2, compacts and closes the database (call last); on SQL Server, nothing. */
    public void compact() {
        AtomicBoolean compacted = new AtomicBoolean();
        try {
            jdbc.execute(c -> {
                if (c.getMetaData().getDatabaseProductName().equals("H2")) {
                    try (var statement = c.createStatement()) {
                        statement.execute("SHUTDOWN COMPACT");
                    }
                    compacted.set(true);
                    LOG.info("Compacted the embedded database");
                }
                return null;
            });
        } catch (RuntimeException closingTheClosedDatabase) {
            // SHUTDOWN closes the database under the pool, which then fails to hand the connection back.
            if (!compacted.get()) {
                throw closingTheClosedDatabase;
            }
        }
    }
}
