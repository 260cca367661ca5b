package fi.tarjotin.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.OptionalLong;

/**
 * One token bucket per caller or address, refilled continuously to its budget per minute. Buckets of
 * keys not seen for a while are dropped. The budget is per instance: with N instances a caller may reach
 * N times it, which the platform's own per-connection limit still caps.
 */
@Singleton
class RateLimits {

    private static final int MAX_KEYS = 100_000;

    private final RateLimitProperties properties;
    private final RateLimitClock clock;
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .expireAfterAccess(Duration.ofMinutes(5)).maximumSize(MAX_KEYS).build();

    RateLimits(RateLimitProperties properties, RateLimitClock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    /** Takes one request from the caller's budget; when it is empty, the seconds until the next one. */
    OptionalLong take(String key, boolean perCaller) {
        int perMinute = perCaller ? properties.getPerCallerPerMinute() : properties.getPerAddressPerMinute();
        Bucket bucket = buckets.get(key, k -> Bucket.builder().withCustomTimePrecision(clock)
                .addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds() + 1));
    }
}
