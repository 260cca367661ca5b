package fi.tarjotin.config;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * On the embedded H2 database, a commit must be on disk before the client hears 2xx. H2 otherwise writes
 * committed changes up to half a second later, and a killed process loses them (CrashRecoveryIT shows it).
 * The setting is stored in the database; it is set at every start whatever the JDBC URL says.
 * SQL Server is durable at commit by itself.
 */
@Context
// Bulk loading from the command line is simply rerun after a crash, and writing each batch through
// would bloat the file.
@Requires(notEnv = "cli")
class EmbeddedDatabaseDurability {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDatabaseDurability.class);

    EmbeddedDatabaseDurability(JdbcOperations jdbc) {
        jdbc.execute(connection -> {
            if (connection.getMetaData().getDatabaseProductName().equals("H2")) {
                try (var statement = connection.createStatement()) {
                    statement.execute("SET WRITE_DELAY 0");
                }
                LOG.debug("H2 writes every commit through before answering");
            }
            return null;
        });
    }
}
