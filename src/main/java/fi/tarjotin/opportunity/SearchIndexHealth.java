package fi.tarjotin.opportunity;

import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

import java.util.Map;

/**
 * The search index in readiness: the component {@code searchIndex} is UP, and its part {@code index} says UP when
 * the index is built and BUILDING while it builds (at start, after a loss). The service stays ready meanwhile on
 * purpose: the database search answers every query correctly, only without word forms, typos and relevance,
 * and a service that is not ready would answer nothing at all.
 */
@Singleton
class SearchIndexHealth implements HealthIndicator {

    static final String NAME = "searchIndex";
    private static final HealthStatus BUILDING = new HealthStatus("BUILDING", "the index is being built", true, null);

    private final SearchIndexing indexing;

    SearchIndexHealth(SearchIndexing indexing) {
        this.indexing = indexing;
    }

    @Override
    public Publisher<HealthResult> getResult() {
        HealthResult index = HealthResult.builder("index", indexing.ready() ? HealthStatus.UP : BUILDING).build();
        return Mono.just(HealthResult.builder(NAME, HealthStatus.UP).details(Map.of("index", index)).build());
    }
}
