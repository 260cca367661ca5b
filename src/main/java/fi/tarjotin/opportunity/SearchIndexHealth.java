package fi.tarjotin.opportunity;

import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import jakarta.inject.Singleton;
import reactor.core.publisher.Mono;
import org.reactivestreams.Publisher;

/**
 * The search index in readiness: UP when built and current, UNKNOWN while it builds (at start, after a loss).
 * UNKNOWN keeps the service ready on purpose: meanwhile the database search answers every query correctly,
 * only without word forms, typos and relevance, and a service that is not ready would answer nothing.
 */
@Singleton
class SearchIndexHealth implements HealthIndicator {

    static final String NAME = "searchIndex";

    private final SearchIndexing indexing;

    SearchIndexHealth(SearchIndexing indexing) {
        this.indexing = indexing;
    }

    @Override
    public Publisher<HealthResult> getResult() {
        return Mono.just(HealthResult.builder(NAME, indexing.ready() ? HealthStatus.UP : HealthStatus.UNKNOWN)
                .build());
    }
}
