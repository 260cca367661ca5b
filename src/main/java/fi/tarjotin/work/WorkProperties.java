package fi.tarjotin.work;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

import java.time.Duration;

/** How background work runs on this instance: {@code tarjotin.work.*}. */
@ConfigurationProperties("tarjotin.work")
public class WorkProperties {

    /** Whether this instance ticks at all; tests turn it off and drive {@link WorkEngine} themselves. */
    private boolean enabled = true;
    /** How often the engine looks at its queues and jobs; each queue is polled at its own interval. */
    private Duration tick = Duration.ofSeconds(1);
    /** Names this instance in the leases it holds; a random id where none is given. */
    @Nullable
    private String instanceId;
    /** The first retry of a recurring job that failed; doubled for each further failure, up to its interval. */
    private Duration jobRetry = Duration.ofMinutes(1);

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public Duration getTick() {
        return tick;
    }

    public void setTick(Duration tick) {
        this.tick = tick;
    }

    @Nullable
    public String getInstanceId() {
        return instanceId;
    }

    public void setInstanceId(@Nullable String instanceId) {
        this.instanceId = instanceId;
    }

    public Duration getJobRetry() {
        return jobRetry;
    }

    public void setJobRetry(Duration jobRetry) {
        this.jobRetry = jobRetry;
    }
}
