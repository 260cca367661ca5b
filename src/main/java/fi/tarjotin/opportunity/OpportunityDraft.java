package fi.tarjotin.opportunity;

import fi.tarjotin.common.LocalisedText;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;
import java.util.List;

/**
 * The editable content of a listing, as a create request carries it and as a PATCH is merged into.
 * Ids and dates arrive as text so that a malformed one is reported at its field.
 */
@Serdeable
public record OpportunityDraft(
        @Nullable String organisationId,
        @Nullable String type,
        @Nullable LocalisedText title,
        @Nullable LocalisedText summary,
        @Nullable LocalisedText description,
        @Nullable LocalisedText requirements,
        @Nullable LocalisedText compensation,
        @Nullable LocalisedText accessibility,
        @Nullable List<String> partnerOrganisationIds,
        @Nullable List<String> municipalityCodes,
        @Nullable List<String> targetGroups,
        @Nullable List<String> languages,
        @Nullable Boolean plainLanguage,
        @Nullable String deliveryMode,
        @Nullable Address address,
        @Nullable String validFrom,
        @Nullable String validTo,
        @Nullable String applicationDeadline,
        @Nullable BigDecimal hoursPerWeek,
        @Nullable Integer capacityTotal,
        @Nullable Integer capacityAvailable,
        @Nullable Contact contact) {
}
