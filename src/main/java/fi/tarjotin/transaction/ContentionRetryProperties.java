package fi.tarjotin.transaction;

import io.micronaut.context.annotation.ConfigurationProperties;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import java.time.Duration;

/** How often a transaction that lost to another one is run again, and how long to wait in between. */
@ConfigurationProperties("tarjotin.contention-retry")
public class ContentionRetryProperties {

    /** Attempts in all, the first included; the request is answered 503 after the last. */
    @Min(1)
    @Max(10)
    private int attempts = 3;
    /** The wait before retry n is n times this, plus up to this much at random. */
    @NotNull
    private Duration backoff = Duration.ofMillis(50);

    public int getAttempts() {
        return attempts;
    }

    public void setAttempts(int attempts) {
        this.attempts = attempts;
    }

    public Duration getBackoff() {
        return backoff;
    }

    public void setBackoff(Duration backoff) {
        this.backoff = backoff;
    }
}
