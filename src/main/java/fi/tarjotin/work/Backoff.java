package fi.tarjotin.work;

import java.time.Duration;
import java.util.Optional;
import java.util.function.LongUnaryOperator;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The one retry policy of background work: the first delay doubled for each further failure, at most
 * {@code cap}, plus up to {@code jitter} of itself at random so that retries of many rows spread out. A
 * server's {@code Retry-After} is honoured where it asks for longer; it never shortens the wait.
 */
public final class Backoff {

    private final Duration first;
    private final Duration cap;
    private final double jitter;
    private final LongUnaryOperator random;

    /** {@code jitter} is a fraction of the delay (0.2 = up to 20 % more); 0 for none. */
    public Backoff(Duration first, Duration cap, double jitter) {
        this(first, cap, jitter, bound -> ThreadLocalRandom.current().nextLong(bound));
    }

    /** As above, with {@code random} giving a number from 0 up to (not including) its argument. */
    Backoff(Duration first, Duration cap, double jitter, LongUnaryOperator random) {
        if (first.toMillis() < 1 || cap.compareTo(first) < 0 || jitter < 0 || jitter > 1) {
            throw new IllegalArgumentException("backoff needs 0 < first <= cap and a jitter of 0..1");
        }
        this.first = first;
        this.cap = cap;
        this.jitter = jitter;
        this.random = random;
    }

    /** How long to wait after the {@code failures}-th failure in a row of one item (1 for the first). */
    public Duration after(int failures) {
        int doublings = Math.min(Math.max(failures, 1) - 1, 62);
        long firstMillis = first.toMillis();
        long capMillis = cap.toMillis();
        long delay = doublings >= Long.numberOfLeadingZeros(firstMillis) ? capMillis
                : Math.min(firstMillis << doublings, capMillis);
        long spread = (long) (delay * jitter);
        return Duration.ofMillis(delay + (spread > 0 ? random.applyAsLong(spread + 1) : 0));
    }

    /** The wait after the {@code failures}-th failure, or the server's {@code Retry-After} where that is longer. */
    public Duration after(int failures, Optional<Duration> retryAfter) {
        Duration backoff = after(failures);
        return retryAfter.filter(asked -> asked.compareTo(backoff) > 0).orElse(backoff);
    }
}
