package fi.tarjotin.work;

import java.time.Duration;
import java.time.Instant;

/**
 * A recurring job that runs once per {@link #interval()} across all instances: the engine leases it in the
 * {@code scheduled_job} table before running it. Adding a job is one bean of this type.
 */
public interface ScheduledJob {

    /** Unique and stable: the job's row in {@code scheduled_job}. */
    String name();

    /** How long after one run the next is due. */
    Duration interval();

    /** How long after its row is first made a new job first runs; by default one interval (a deployment is no reason to run). */
    default Duration firstRunDelay() {
        return interval();
    }

    /** How long one run may hold the job before another instance may take it over. */
    default Duration lease() {
        return Duration.ofMinutes(10);
    }

    /** Runs the job for the moment {@code now}; it should be safe to repeat after a crash. */
    void run(Instant now);
}
