package fi.tarjotin.ratelimit;

import io.github.bucket4j.TimeMeter;
import jakarta.inject.Singleton;

/** The time budgets refill by; tests replace it to hold time still instead of racing the refill. */
@Singleton
class RateLimitClock implements TimeMeter {

    @Override
    public long currentTimeNanos() {
        return System.nanoTime();
    }

    @Override
    public boolean isWallClockBased() {
        return false;
    }
}
