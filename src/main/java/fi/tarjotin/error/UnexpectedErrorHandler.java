package fi.tarjotin.error;

import fi.tarjotin.transaction.ConnectionPoolReset;
import fi.tarjotin.transaction.Contention;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.sql.SQLNonTransientConnectionException;
import java.util.Set;

/**
 * Failures no other handler knows. An unreachable database, and a transaction that lost to another one
 * ({@link Contention}: a deadlock victim, an update conflict, a lock timeout, after the service's own
 * retries), are 503 with Retry-After (the client should simply try again shortly, and Power Automate does);
 * anything else is 500. The client never sees the cause; the log gets it without the request's data.
 */
@Singleton
class UnexpectedErrorHandler implements ExceptionHandler<Exception, HttpResponse<ErrorEnvelope>> {

    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedErrorHandler.class);
    // H2: connection broken / database closed / connection refused; SQL Server reports class 08.
    private static final Set<Integer> H2_CONNECTION_ERRORS = Set.of(90067, 90098, 90121, 90046, 90028);

    private final ConnectionPoolReset pool;

    UnexpectedErrorHandler(ConnectionPoolReset pool) {
        this.pool = pool;
    }

    @Override
    public HttpResponse<ErrorEnvelope> handle(HttpRequest request, Exception exception) {
        if (isDatabaseUnavailable(exception)) {
            LOG.warn("Database unavailable for {} {}: {}", request.getMethod(), request.getPath(),
                    rootCause(exception).getClass().getSimpleName());
            pool.afterConnectionLoss();
            return ErrorResponses.of(request, ErrorCode.SERVICE_UNAVAILABLE);
        }
        if (Contention.isContention(exception)) {
            LOG.warn("Transaction of {} {} kept losing to others: {}", request.getMethod(), request.getPath(),
                    rootCause(exception).getClass().getSimpleName());
            return ErrorResponses.of(request, ErrorCode.SERVICE_UNAVAILABLE);
        }
        LOG.error("Unexpected failure for {} {}", request.getMethod(), request.getPath(), exception);
        return ErrorResponses.of(request, ErrorCode.INTERNAL_ERROR);
    }

    static boolean isDatabaseUnavailable(Throwable exception) {
        for (Throwable t = exception; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof SQLRecoverableException) {
                return true;
            }
            if (t instanceof SQLException sql && ((sql.getSQLState() != null && sql.getSQLState().startsWith("08"))
                    || H2_CONNECTION_ERRORS.contains(sql.getErrorCode()))) {
                return true;
            }
        }
        return false;
    }

    private static Throwable rootCause(Throwable exception) {
        Throwable t = exception;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }
}
