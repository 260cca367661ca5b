package fi.tarjotin.transaction;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.util.function.Supplier;

/**
 * Runs a unit of work that starts a transaction and, when the transaction loses to another one (a deadlock
 * victim, an update conflict, a lock timeout: {@link Contention}), runs the whole unit again, up to
 * {@code tarjotin.contention-retry.attempts} times in all. The last failure is thrown as it was; the error
 * handler answers it 503 with Retry-After.
 * <p>
 * Only the outermost unit retries: inside a transaction that is already open the work runs once, because
 * the database has rolled back the whole transaction, not just the part that failed; inside another unit
 * the work runs once too, so that attempts do not multiply.
 */
@Singleton
public class ContentionRetry {

    private static final Logger LOG = LoggerFactory.getLogger(ContentionRetry.class);

    private final TransactionOperations<Connection> transactions;
    private final RetryPause pause;
    private final int attempts;
    private final ThreadLocal<Boolean> retrying = ThreadLocal.withInitial(() -> false);

    ContentionRetry(TransactionOperations<Connection> transactions, RetryPause pause,
                    ContentionRetryProperties properties) {
        this.transactions = transactions;
        this.pause = pause;
        this.attempts = Math.max(1, properties.getAttempts());
    }

    /** Runs {@code work}, again while it fails on contention and attempts remain. */
    public <T> T call(Supplier<T> work) {
        if (retrying.get() || transactions.findTransactionStatus().isPresent()) {
            return work.get();
        }
        retrying.set(true);
        try {
            return withRetries(work);
        } finally {
            retrying.remove();
        }
    }

    private <T> T withRetries(Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return work.get();
            } catch (RuntimeException failure) {
                if (attempt >= attempts || !Contention.isContention(failure)) {
                    throw failure;
                }
                LOG.info("Transaction lost to another one (attempt {} of {}); running it again", attempt, attempts);
                waitBefore(attempt, failure);
            }
        }
    }

    private void waitBefore(int retry, RuntimeException failure) {
        try {
            pause.before(retry);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw failure;
        }
    }
}
