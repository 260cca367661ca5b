package fi.tarjotin.directory;

import io.micronaut.context.annotation.ConfigurationProperties;

import java.time.Duration;

/** How the directory step worker runs: {@code tarjotin.directory.worker.*}. */
@ConfigurationProperties("tarjotin.directory.worker")
class StepWorkerProperties {

    /** Whether this instance runs the worker on a schedule (interval below). */
    private boolean enabled = true;
    private Duration interval = Duration.ofSeconds(10);
    /** How long a claimed step is this instance's; after that another instance may take it over. */
    private Duration lease = Duration.ofMinutes(5);
    private int batchSize = 20;
    private int maxAttempts = 10;
    /** The first retry's delay where Graph names none; doubled for each further attempt, up to an hour. */
    private Duration backoff = Duration.ofSeconds(30);

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public Duration getInterval() {
        return interval;
    }

    public void setInterval(Duration interval) {
        this.interval = interval;
    }

    public Duration getLease() {
        return lease;
    }

    public void setLease(Duration lease) {
        this.lease = lease;
    }

    public int getBatchSize() {
        return batchSize;
    }

    public void setBatchSize(int batchSize) {
        this.batchSize = batchSize;
    }

    public int getMaxAttempts() {
        return maxAttempts;
    }

    public void setMaxAttempts(int maxAttempts) {
        this.maxAttempts = maxAttempts;
    }

    public Duration getBackoff() {
        return backoff;
    }

    public void setBackoff(Duration backoff) {
        this.backoff = backoff;
    }
}
