package fi.tarjotin.observability;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Publishes every {@link WorkBacklog} as the gauge {@code tarjotin.backlog.due}. The counts are taken on a
 * schedule, not on each scrape, so that metric scrapes never run queries (nor block an event loop), and a
 * database outage only leaves the last value in place.
 */
@Singleton
@Requires(bean = MeterRegistry.class)
class BacklogMetrics {

    static final String GAUGE = "tarjotin.backlog.due";
    private static final Logger LOG = LoggerFactory.getLogger(BacklogMetrics.class);

    private final List<Counted> backlogs;
    private final Clock clock;

    BacklogMetrics(List<WorkBacklog> backlogs, MeterRegistry registry, Clock clock) {
        this.clock = clock;
        this.backlogs = backlogs.stream().map(Counted::new).toList();
        this.backlogs.forEach(c -> Gauge.builder(GAUGE, c.value, AtomicLong::get)
                .description("Rows of background work that are due and not yet done")
                .tag("queue", c.backlog.queue())
                .register(registry));
    }

    @Scheduled(fixedDelay = "${tarjotin.metrics.backlog-interval:30s}", initialDelay = "1s")
    void refresh() {
        Instant now = clock.instant();
        for (Counted c : backlogs) {
            try {
                c.value.set(c.backlog.due(now));
            } catch (RuntimeException e) {
                // Readiness reports the database; the gauge keeps its last value meanwhile.
                LOG.debug("Backlog {} not counted: {}", c.backlog.queue(), e.toString());
            }
        }
    }

    private record Counted(WorkBacklog backlog, AtomicLong value) {
        Counted(WorkBacklog backlog) {
            this(backlog, new AtomicLong());
        }
    }
}
