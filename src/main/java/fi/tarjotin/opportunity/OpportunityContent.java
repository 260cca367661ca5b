package fi.tarjotin.opportunity;

import fi.tarjotin.common.LocalisedText;
import io.micronaut.core.annotation.Nullable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A listing's content after {@link OpportunityValidator} has checked every field: safe to store. */
record OpportunityContent(
        UUID organisationId,
        String type,
        LocalisedText title,
        LocalisedText summary,
        LocalisedText description,
        LocalisedText requirements,
        LocalisedText compensation,
        LocalisedText accessibility,
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
        @Nullable Contact contact) {
}
