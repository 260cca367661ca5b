package fi.tarjotin.observability;

import java.time.Instant;

/**
 * A table of background work (rows claimed with leases, see ARCHITECTURE "Background work") whose due
 * rows operators watch: each bean becomes the gauge {@code tarjotin.backlog.due{queue=...}}, refreshed by
 * {@link BacklogMetrics}. A backlog that keeps growing means the workers cannot keep up or keep failing.
 * <p>
 * Implementations: {@code fi.tarjotin.subscription.WebhookBacklog} (queue {@code webhook-delivery}).
 * Directory (Graph) steps of the onboarding add theirs as queue {@code directory-step} when their table
 * exists.
 */
public interface WorkBacklog {

    /** The queue's name in the {@code queue} tag, e.g. {@code webhook-delivery}. */
    String queue();

    /** How many rows are due at {@code now} and not yet done. Runs a query: called on a schedule only. */
    long due(Instant now);
}
