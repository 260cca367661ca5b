package fi.tarjotin.transaction;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import io.micronaut.jdbc.DataSourceResolver;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.sql.SQLException;
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

    private static HikariPoolMXBean pool(DataSource dataSource) {
        try {
            if (dataSource instanceof HikariDataSource hikari) {
                return hikari.getHikariPoolMXBean();
            }
            return dataSource.isWrapperFor(HikariDataSource.class)
                    ? dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean() : null;
        } catch (SQLException | RuntimeException notAPool) {
            return null;
        }
    }

    /** Called where a request or a health check found the database unreachable. */
    public void afterConnectionLoss() {
        for (DataSource dataSource : dataSources) {
            HikariPoolMXBean pool = pool(dataSource);
            if (pool != null) {
                pool.softEvictConnections();
                LOG.warn("Database connection lost: the pooled connections are replaced");
            }
        }
    }
}
