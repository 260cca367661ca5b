package fi.tarjotin.search;

import java.util.UUID;

/**
 * A place in the order of results, for a keyset cursor: relevance first, then the newest change, then the id.
 * Without search words every score is the same and the order is newest first.
 *
 * @param score         the relevance of the listing at this place
 * @param updatedAtMillis when it last changed, in epoch milliseconds
 * @param id            the listing
 */
public record SearchPosition(float score, long updatedAtMillis, UUID id) {
}
