package fi.tarjotin.opportunity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A published listing is about to reach its last valid day. Published once per listing and end date, inside
 * the transaction that records the reminder, so a trigger can remind the editors to extend or close it.
 *
 * @param listing    the listing as it is now
 * @param validTo    its last valid day
 * @param occurredAt when the reminder was made
 */
public record ListingExpiring(OpportunityView listing, LocalDate validTo, Instant occurredAt) {

    /** The listing's id. */
    public UUID id() {
        return listing.id();
    }
}
