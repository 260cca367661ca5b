package fi.tarjotin.publicsite;

import fi.tarjotin.common.LocalisedText;
import fi.tarjotin.opportunity.OpportunityView;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A published listing as anyone may read it. Deliberately narrower than the API's view: no status or
 * version, no audit times beyond publication, no partner ids, and of the contact only what the listing
 * publishes for job seekers to use — the role and the role's e-mail and phone, never a person's name.
 */
@Serdeable
record PublicListing(
        UUID id,
        String type,
        LocalisedText title,
        @Nullable LocalisedText summary,
        @Nullable LocalisedText description,
        @Nullable LocalisedText requirements,
        @Nullable LocalisedText compensation,
        @Nullable LocalisedText accessibility,
        @Nullable String organisationName,
        List<String> municipalityCodes,
        List<String> targetGroups,
        List<String> languages,
        boolean plainLanguage,
        String deliveryMode,
        @Nullable Place place,
        @Nullable LocalDate validFrom,
        @Nullable LocalDate validTo,
        @Nullable LocalDate applicationDeadline,
        @Nullable BigDecimal hoursPerWeek,
        @Nullable Integer capacityTotal,
        @Nullable Integer capacityAvailable,
        @Nullable PublicContact contact,
        Instant updatedAt,
        @Nullable Instant publishedAt,
        String pageUrl) {

    /** Where the work happens. */
    @Serdeable
    record Place(@Nullable String street, @Nullable String postalCode, @Nullable String postOffice) {
    }

    /** How a job seeker gets in touch: a role and its published e-mail and phone. */
    @Serdeable
    record PublicContact(@Nullable String role, @Nullable String email, @Nullable String phone) {
    }

    static PublicListing of(OpportunityView v, String pageUrl) {
        Place place = v.address() == null ? null
                : new Place(v.address().street(), v.address().postalCode(), v.address().postOffice());
        PublicContact contact = v.contact() == null
                || (v.contact().role() == null && v.contact().email() == null && v.contact().phone() == null) ? null
                : new PublicContact(v.contact().role(), v.contact().email(), v.contact().phone());
        return new PublicListing(v.id(), v.type(), v.title(), v.summary(), v.description(), v.requirements(),
                v.compensation(), v.accessibility(), v.organisationName(), v.municipalityCodes(), v.targetGroups(),
                v.languages(), v.plainLanguage(), v.deliveryMode(), place, v.validFrom(), v.validTo(),
                v.applicationDeadline(), v.hoursPerWeek(), v.capacityTotal(), v.capacityAvailable(), contact,
                v.updatedAt(), v.publishedAt(), pageUrl);
    }
}
