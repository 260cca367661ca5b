package fi.tarjotin.report;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;
import java.util.List;

/**
 * The funder's summary of a municipality (or the whole region) for a period: listings created by the end
 * of the period by their current status, type and target group; how many were published and closed in
 * the period; and the places offered by listings that were public and valid at some point in it.
 */
@Serdeable
record Summary(@Nullable String municipalityCode, LocalDate from, LocalDate to, List<Count> listingsByStatus,
               List<Count> listingsByType, List<Count> listingsByTargetGroup, long publishedInPeriod,
               long closedInPeriod, long capacityOffered) {

    /** A number of listings with one value of a property. */
    @Serdeable
    record Count(String code, long count) {
    }
}
