package fi.tarjotin.opportunity;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A listing changed. Published by the listing service inside the transaction of the change and delivered
 * synchronously: a plain {@code @EventListener} writes in that transaction (commits or rolls back with the
 * change), a {@code @TransactionalEventListener(AFTER_COMMIT)} acts only once the change is committed.
 *
 * @param change         what happened
 * @param previousStatus the status before the change; {@code null} for a listing just created
 * @param listing        the listing after the change (for {@link Change#DELETED}, as it was last stored)
 * @param occurredAt     when the change was made
 */
public record ListingChanged(Change change, @Nullable OpportunityStatus previousStatus, OpportunityView listing,
                             Instant occurredAt) {

    /** The kinds of change, named as in the audit trail. */
    public enum Change { CREATED, UPDATED, PUBLISHED, CLOSED, REOPENED, ARCHIVED, DELETED }

    /** The listing's id. */
    public UUID id() {
        return listing.id();
    }

    /** The listing's version after the change (for a deletion, the version deleted). */
    public long version() {
        return listing.version();
    }

    /** The status after the change. */
    public OpportunityStatus status() {
        return listing.status();
    }

    /** The listing's type code. */
    public String type() {
        return listing.type();
    }

    /** The municipalities the listing is offered in, after the change. */
    public List<String> municipalityCodes() {
        return listing.municipalityCodes();
    }

    /** Whether the listing was published before the change. */
    public boolean wasPublic() {
        return previousStatus == OpportunityStatus.PUBLISHED;
    }

    /** Whether the listing is published after the change. */
    public boolean isPublic() {
        return change != Change.DELETED && listing.status() == OpportunityStatus.PUBLISHED;
    }
}
