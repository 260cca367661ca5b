package fi.tarjotin.work;

import io.micronaut.core.annotation.Nullable;

/**
 * What one attempt at a work item came to, as its handler reports it: done (with what it produced), failed
 * for now (the engine decides whether and when to retry, honouring {@code retryAfter}), failed for good, or
 * abandoned (the instance is shutting down; the lease runs out and the item is taken up again).
 */
public record Attempt(Kind kind, @Nullable String result, @Nullable String error, @Nullable Integer status,
                      @Nullable String retryAfter) {

    /** How an attempt ended. */
    public enum Kind { DONE, FAILED, REJECTED, ABANDONED }

    public static Attempt done(@Nullable String result, @Nullable Integer status) {
        return new Attempt(Kind.DONE, result, null, status, null);
    }

    /** A failure worth retrying; {@code retryAfter} is the server's header as it came, or null. */
    public static Attempt failed(String error, @Nullable Integer status, @Nullable String retryAfter) {
        return new Attempt(Kind.FAILED, null, error, status, retryAfter);
    }

    /** A failure that another attempt would not change. */
    public static Attempt rejected(String error, @Nullable Integer status) {
        return new Attempt(Kind.REJECTED, null, error, status, null);
    }

    public static Attempt abandoned() {
        return new Attempt(Kind.ABANDONED, null, null, null, null);
    }
}
