package fi.tarjotin.opportunity;

import fi.tarjotin.common.LocalisedText;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A listing in search results: what a result row shows; the whole listing comes from get. */
@Serdeable
public record OpportunitySummary(
        UUID id,
        long version,
        OpportunityStatus status,
        String type,
        LocalisedText title,
        @Nullable LocalisedText summary,
        UUID organisationId,
        @Nullable String organisationName,
        List<String> municipalityCodes,
        List<String> targetGroups,
        List<String> languages,
        boolean plainLanguage,
        String deliveryMode,
        @Nullable String postOffice,
        @Nullable LocalDate validFrom,
        @Nullable LocalDate validTo,
        @Nullable LocalDate applicationDeadline,
        @Nullable Integer capacityTotal,
        @Nullable Integer capacityAvailable,
        Instant updatedAt,
        @Nullable Instant publishedAt) {
}
