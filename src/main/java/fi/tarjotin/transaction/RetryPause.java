package fi.tarjotin.transaction;

import jakarta.inject.Singleton;

import java.util.concurrent.ThreadLocalRandom;

/**
 * The wait before a transaction runs again: growing with each retry, with jitter so that two transactions
 * that deadlocked do not meet again in step. Tests replace it, so that nothing in them waits on the clock.
 */
@Singleton
public class RetryPause {

    private final long backoffMillis;

    public RetryPause(ContentionRetryProperties properties) {
        this.backoffMillis = Math.max(0, properties.getBackoff().toMillis());
    }

    /** Waits before retry number {@code retry} (1 for the first retry). */
    public void before(int retry) throws InterruptedException {
        long jitter = backoffMillis == 0 ? 0 : ThreadLocalRandom.current().nextLong(backoffMillis + 1);
        Thread.sleep(backoffMillis * retry + jitter);
    }
}
