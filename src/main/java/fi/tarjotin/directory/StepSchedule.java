package fi.tarjotin.directory;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;

/** Runs the step worker on every instance, unless {@code tarjotin.directory.worker.enabled} is false. */
@Singleton
@Requires(property = "tarjotin.directory.worker.enabled", notEquals = "false")
class StepSchedule {

    private final StepWorker worker;

    StepSchedule(StepWorker worker) {
        this.worker = worker;
    }

    @Scheduled(fixedDelay = "${tarjotin.directory.worker.interval:10s}",
            initialDelay = "${tarjotin.directory.worker.interval:10s}")
    void run() {
        worker.runOnce();
    }
}
