package fi.tarjotin.work;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;

/**
 * The one scheduled bean of background work: every tick it lets the engine poll the queues whose interval has
 * come and run the recurring jobs that are due. Off with {@code tarjotin.work.enabled=false}.
 */
@Singleton
@Requires(property = "tarjotin.work.enabled", notEquals = "false")
class WorkTicker {

    private final WorkEngine engine;

    WorkTicker(WorkEngine engine) {
        this.engine = engine;
    }

    // Each queue waits its own initial delay (WorkPolicy); the ticker itself starts at once.
    @Scheduled(fixedDelay = "${tarjotin.work.tick:1s}", initialDelay = "${tarjotin.work.tick:1s}")
    void tick() {
        engine.tick();
    }
}
