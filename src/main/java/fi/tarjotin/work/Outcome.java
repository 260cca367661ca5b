package fi.tarjotin.work;

import io.micronaut.core.annotation.Nullable;

/** What the engine decided after an attempt: the item is done, tried again at {@code retryAt}, or failed for good. */
public record Outcome(Kind kind, Attempt attempt, @Nullable java.time.Instant retryAt) {

    /** The three ends of an attempt that a queue records. */
    public enum Kind { DONE, RETRY, FAILED }
}
