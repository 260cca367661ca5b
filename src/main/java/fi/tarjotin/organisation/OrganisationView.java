package fi.tarjotin.organisation;

import fi.tarjotin.common.LocalisedText;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An organisation as the API shows it. */
@Serdeable
public record OrganisationView(
        UUID id,
        long version,
        String name,
        String kind,
        @Nullable String businessId,
        @Nullable String associationRegisterNumber,
        List<String> municipalityCodes,
        @Nullable LocalisedText description,
        @Nullable Contact contact,
        @Nullable String website,
        @Nullable Address address,
        Instant createdAt,
        Instant updatedAt) {

    static OrganisationView of(Organisation o, List<String> municipalityCodes) {
        LocalisedText description = new LocalisedText(o.descriptionFi(), o.descriptionSv(), o.descriptionEn());
        return new OrganisationView(o.id(), o.version(), o.name(), o.kind(), o.businessId(),
                o.associationRegisterNumber(), municipalityCodes, description.isEmpty() ? null : description,
                Contact.of(o.contactEmail(), o.contactPhone()), o.website(),
                Address.of(o.streetAddress(), o.postalCode(), o.postOffice()), o.createdAt(), o.updatedAt());
    }
}
