package fi.tarjotin.support;

import fi.tarjotin.work.WorkClock;
import io.micronaut.context.annotation.Replaces;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The service's clock in tests: it runs with the real one, and a test moves it forward instead of waiting
 * (Retry-After, backoff, leases). One per application context, so a test class that moves it moves it for
 * every worker of that service alike.
 */
@Singleton
@Replaces(bean = Clock.class, factory = WorkClock.class)
public class TestClock extends Clock {

    private final Clock real = Clock.tickMillis(ZoneOffset.UTC);
    private volatile Duration offset = Duration.ZERO;

    @Override
    public Instant instant() {
        return real.instant().plus(offset);
    }

    /** The same as {@link #instant()}; kept for the tests that read it as the time "now". */
    public Instant now() {
        return instant();
    }

    public void advance(Duration by) {
        offset = offset.plus(by);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the service runs in UTC");
    }
}
