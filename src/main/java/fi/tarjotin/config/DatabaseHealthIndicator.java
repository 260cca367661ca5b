package fi.tarjotin.config;

import fi.tarjotin.transaction.ConnectionPoolReset;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.async.publisher.AsyncSingleResultPublisher;
import io.micronaut.health.HealthStatus;
import io.micronaut.jdbc.DataSourceResolver;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.management.health.indicator.jdbc.JdbcIndicator;
import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.concurrent.ExecutorService;

/**
 * Readiness of the database: UP when a connection answers. Replaces Micronaut's JDBC indicator, which names
 * each database by its JDBC URL and reports the product version; here a failure is logged for operators
 * (its kind and SQL state, not its message) and the health result carries the status alone.
 */
@Singleton
@Replaces(JdbcIndicator.class)
@Requires(beans = DataSource.class)
class DatabaseHealthIndicator implements HealthIndicator {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseHealthIndicator.class);
    private static final int VALIDATION_SECONDS = 3;

    private final ExecutorService executor;
    private final DataSource[] dataSources;
    private final ConnectionPoolReset pool;

    DatabaseHealthIndicator(@Named(TaskExecutors.BLOCKING) ExecutorService executor, DataSource[] dataSources,
                            DataSourceResolver resolver, ConnectionPoolReset pool) {
        this.executor = executor;
        this.pool = pool;
        this.dataSources = Arrays.stream(dataSources).map(resolver::resolve).distinct().toArray(DataSource[]::new);
    }

    @Override
    public Publisher<HealthResult> getResult() {
        return new AsyncSingleResultPublisher<>(executor, () -> HealthResult.builder("jdbc", status()).build());
    }

    private HealthStatus status() {
        for (DataSource dataSource : dataSources) {
            try (Connection connection = dataSource.getConnection()) {
                if (!connection.isValid(VALIDATION_SECONDS)) {
                    LOG.warn("Database health check: the connection did not validate");
                    pool.afterConnectionLoss();
                    return HealthStatus.DOWN;
                }
            } catch (SQLException e) {
                LOG.warn("Database health check failed: {} (SQL state {})", e.getClass().getSimpleName(), e.getSQLState());
                pool.afterConnectionLoss();
                return HealthStatus.DOWN;
            }
        }
        return HealthStatus.UP;
    }
}
