package fi.tarjotin.support;

import fi.tarjotin.transaction.ContentionRetryProperties;
import fi.tarjotin.transaction.RetryPause;
import io.micronaut.context.annotation.Replaces;
import jakarta.inject.Singleton;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * The wait between attempts of a transaction that lost to another one, without waiting: it counts the
 * retries and lets a test act between two attempts (end the transaction that was in the way).
 */
@Singleton
@Replaces(RetryPause.class)
public class TestRetryPause extends RetryPause {

    private final AtomicInteger retries = new AtomicInteger();
    private volatile IntConsumer beforeRetry = retry -> { };

    TestRetryPause(ContentionRetryProperties properties) {
        super(properties);
    }

    @Override
    public void before(int retry) {
        retries.incrementAndGet();
        beforeRetry.accept(retry);
    }

    /** What to do before each retry from now on; the argument is the retry's number, 1 for the first. */
    public void beforeRetry(IntConsumer action) {
        beforeRetry = action;
    }

    /** How many retries there have been since the last reset. */
    public int retries() {
        return retries.get();
    }

    public void reset() {
        retries.set(0);
        beforeRetry = retry -> { };
    }
}
