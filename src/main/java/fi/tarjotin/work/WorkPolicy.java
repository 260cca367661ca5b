package fi.tarjotin.work;

import java.time.Duration;

/**
 * How the engine works off one queue: how long after start-up it first looks ({@code initialDelay}) and then
 * how often ({@code interval}), how many rows at a time, how long
 * a lease lasts, how many attempts an item gets, the backoff between them and the longest {@code Retry-After}
 * honoured; {@code parallel} runs a batch's items at once on the blocking executor.
 */
public record WorkPolicy(Duration initialDelay, Duration interval, int batchSize, Duration lease, int maxAttempts, Backoff backoff,
                         Duration maxRetryAfter, boolean parallel) {
}
