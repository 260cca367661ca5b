package fi.tarjotin.opportunity;

import fi.tarjotin.common.LocalisedText;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A whole listing, as get, create and update answer. */
@Serdeable
public record OpportunityView(
        UUID id,
        long version,
        OpportunityStatus status,
        String type,
        LocalisedText title,
        @Nullable LocalisedText summary,
        @Nullable LocalisedText description,
        @Nullable LocalisedText requirements,
        @Nullable LocalisedText compensation,
        @Nullable LocalisedText accessibility,
        UUID organisationId,
        @Nullable String organisationName,
        List<UUID> partnerOrganisationIds,
        List<String> municipalityCodes,
        List<String> targetGroups,
        List<String> languages,
        boolean plainLanguage,
        String deliveryMode,
        @Nullable Address address,
        @Nullable LocalDate validFrom,
        @Nullable LocalDate validTo,
        @Nullable LocalDate applicationDeadline,
        @Nullable BigDecimal hoursPerWeek,
        @Nullable Integer capacityTotal,
        @Nullable Integer capacityAvailable,
        @Nullable Contact contact,
        Instant createdAt,
        Instant updatedAt,
        @Nullable Instant publishedAt) {
}
