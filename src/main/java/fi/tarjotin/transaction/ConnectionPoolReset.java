package fi.tarjotin.transaction;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import io.micronaut.jdbc.DataSourceResolver;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.util.Arrays;
import java.util.List;

/**
 * Drops every pooled connection once the database has been lost. The pool validates a connection on loan only
 * after it has idled for half a second, so without this a busy service hands out connections that died with the
 * database one request at a time after it is back; with it, the first request after the database returns opens
 * a fresh connection. Connections in use are closed when they come back.
 */
@Singleton
public class ConnectionPoolReset {

    private static final Logger LOG = LoggerFactory.getLogger(ConnectionPoolReset.class);

    private final List<DataSource> dataSources;

    ConnectionPoolReset(DataSource[] dataSources, DataSourceResolver resolver) {
        this.dataSources = Arrays.stream(dataSources).map(resolver::resolve).distinct().toList();
    }

    /** Called where a request or a health check found the database unreachable. */
    public void afterConnectionLoss() {
        for (DataSource dataSource : dataSources) {
            if (dataSource instanceof HikariDataSource hikari) {
                HikariPoolMXBean pool = hikari.getHikariPoolMXBean();
                if (pool != null) {
                    pool.softEvictConnections();
                    LOG.info("Database connection lost: the pooled connections are replaced");
                }
            }
        }
    }
}
