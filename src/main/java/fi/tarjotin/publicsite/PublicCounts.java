package fi.tarjotin.publicsite;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * Counts of public searches, kept per instance for as long as public pages are (cache-seconds): a client
 * paging through a municipality with {@code count=true} costs one count per filter set, not one per page.
 */
@Singleton
class PublicCounts {

    private final Cache<String, Long> counts;

    PublicCounts(@Value("${tarjotin.public-site.cache-seconds:30}") int cacheSeconds) {
        this.counts = Caffeine.newBuilder().maximumSize(cacheSeconds > 0 ? 5_000 : 0)
                .expireAfterWrite(Duration.ofSeconds(Math.max(cacheSeconds, 1))).build();
    }

    long of(String key, Supplier<Long> count) {
        return counts.get(key, k -> count.get());
    }
}
