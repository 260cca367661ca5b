package fi.tarjotin.subscription;

import io.micronaut.context.annotation.ConfigurationProperties;

import java.time.Duration;
import java.util.List;

/**
 * How webhook subscriptions are accepted and delivered ({@code tarjotin.webhooks.*}). The defaults suit
 * production; {@code allow-http} and {@code allow-loopback} exist only so that tests can run a receiver on
 * 127.0.0.1 and must never be set in a deployed service.
 */
@ConfigurationProperties("tarjotin.webhooks")
public class WebhookSettings {

    /** Host patterns a callback may point at; {@code *.} matches any subdomain. Power Automate's by default. */
    private List<String> allowedHosts = List.of("*.logic.azure.com", "*.azure-apim.net");
    /** Test only: accept http:// callbacks. */
    private boolean allowHttp;
    /** Test only: accept callbacks on any port that reach 127.0.0.1 / ::1, as a literal or by a name. */
    private boolean allowLoopback;
    private Duration timeout = Duration.ofSeconds(10);
    private Duration lease = Duration.ofMinutes(2);
    /** How often this instance looks for due notifications. */
    private Duration pollInterval = Duration.ofSeconds(2);
    /** How long after start-up this instance first looks. */
    private Duration initialDelay = Duration.ofSeconds(10);
    private Duration initialBackoff = Duration.ofSeconds(10);
    private Duration maxBackoff = Duration.ofHours(1);
    private Duration maxRetryAfter = Duration.ofHours(1);
    private int maxAttempts = 15;
    private int disableAfterFailures = 20;
    private int batchSize = 20;
    private int maxPerOwner = 100;
    private Duration keepFinished = Duration.ofDays(7);

    public List<String> getAllowedHosts() {
        return allowedHosts;
    }

    public void setAllowedHosts(List<String> allowedHosts) {
        this.allowedHosts = List.copyOf(allowedHosts);
    }

    public boolean isAllowHttp() {
        return allowHttp;
    }

    public void setAllowHttp(boolean allowHttp) {
        this.allowHttp = allowHttp;
    }

    public boolean isAllowLoopback() {
        return allowLoopback;
    }

    public void setAllowLoopback(boolean allowLoopback) {
        this.allowLoopback = allowLoopback;
    }

    public Duration getTimeout() {
        return timeout;
    }

    public void setTimeout(Duration timeout) {
        this.timeout = timeout;
    }

    public Duration getPollInterval() {
        return pollInterval;
    }

    public void setPollInterval(Duration pollInterval) {
        this.pollInterval = pollInterval;
    }

    public Duration getInitialDelay() {
        return initialDelay;
    }

    public void setInitialDelay(Duration initialDelay) {
        this.initialDelay = initialDelay;
    }

    public Duration getLease() {
        return lease;
    }

    public void setLease(Duration lease) {
        this.lease = lease;
    }

    public Duration getInitialBackoff() {
        return initialBackoff;
    }

    public void setInitialBackoff(Duration initialBackoff) {
        this.initialBackoff = initialBackoff;
    }

    public Duration getMaxBackoff() {
        return maxBackoff;
    }

    public void setMaxBackoff(Duration maxBackoff) {
        this.maxBackoff = maxBackoff;
    }

    public Duration getMaxRetryAfter() {
        return maxRetryAfter;
    }

    public void setMaxRetryAfter(Duration maxRetryAfter) {
        this.maxRetryAfter = maxRetryAfter;
    }

    public int getMaxAttempts() {
        return maxAttempts;
    }

    public void setMaxAttempts(int maxAttempts) {
        this.maxAttempts = maxAttempts;
    }

    public int getDisableAfterFailures() {
        return disableAfterFailures;
    }

    public void setDisableAfterFailures(int disableAfterFailures) {
        this.disableAfterFailures = disableAfterFailures;
    }

    public int getBatchSize() {
        return batchSize;
    }

    public void setBatchSize(int batchSize) {
        this.batchSize = batchSize;
    }

    public int getMaxPerOwner() {
        return maxPerOwner;
    }

    public void setMaxPerOwner(int maxPerOwner) {
        this.maxPerOwner = maxPerOwner;
    }

    public Duration getKeepFinished() {
        return keepFinished;
    }

    public void setKeepFinished(Duration keepFinished) {
        this.keepFinished = keepFinished;
    }
}
