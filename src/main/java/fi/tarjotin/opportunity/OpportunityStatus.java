package fi.tarjotin.opportunity;

import java.util.Set;

/** Where a listing is in its life: drafted, open to job seekers, closed for now, or archived for good. */
public enum OpportunityStatus {
    DRAFT, PUBLISHED, CLOSED, ARCHIVED;

    /** The lifecycle actions and the statuses each may start from. */
    enum Action {
        PUBLISH(PUBLISHED, Set.of(DRAFT)),
        CLOSE(CLOSED, Set.of(PUBLISHED)),
        REOPEN(PUBLISHED, Set.of(CLOSED)),
        ARCHIVE(ARCHIVED, Set.of(DRAFT, PUBLISHED, CLOSED));

        final OpportunityStatus target;
        final Set<OpportunityStatus> from;

        Action(OpportunityStatus target, Set<OpportunityStatus> from) {
            this.target = target;
            this.from = from;
        }
    }
}
