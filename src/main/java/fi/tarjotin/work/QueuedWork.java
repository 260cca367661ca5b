package fi.tarjotin.work;

import java.time.Instant;

/**
 * One kind of queued background work: the owner's {@link WorkQueue}, the policy, and the handler that does
 * one item outside any transaction (so it must be safe to repeat). A bean of this type is all it takes for
 * the engine to work the queue off.
 */
public interface QueuedWork<T> {

    /** A short name for logs and metrics, e.g. {@code webhook-delivery}. */
    String name();

    WorkQueue<T> queue();

    WorkPolicy policy();

    /** Whether this instance works the queue off on its ticks (a test or an operator may turn one off). */
    default boolean enabled() {
        return true;
    }

    /** Does the work of one claimed item. */
    Attempt perform(T item);

    /** Records the outcome; a handler overrides it to add its own consequences in the same transaction. */
    default boolean record(T item, String owner, Outcome outcome, Instant now) {
        return queue().record(item, owner, outcome, now);
    }
}
