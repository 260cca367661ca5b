package fi.tarjotin.organisation;

import fi.tarjotin.common.LocalisedText;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * An organisation as a client writes it, to create one; an update is merged onto the current one in this
 * shape and checked by the same rules ({@link OrganisationRules}).
 */
@Serdeable
public record OrganisationDraft(
        @Nullable String name,
        @Nullable String kind,
        @Nullable String businessId,
        @Nullable String associationRegisterNumber,
        @Nullable List<String> municipalityCodes,
        @Nullable LocalisedText description,
        @Nullable Contact contact,
        @Nullable String website,
        @Nullable Address address) {

    static OrganisationDraft of(OrganisationFields f) {
        LocalisedText description = new LocalisedText(f.descriptionFi(), f.descriptionSv(), f.descriptionEn());
        return new OrganisationDraft(f.name(), f.kind().name(), f.businessId(), f.associationRegisterNumber(),
                f.municipalityCodes(), description.isEmpty() ? null : description,
                Contact.of(f.contactEmail(), f.contactPhone()), f.website(),
                Address.of(f.streetAddress(), f.postalCode(), f.postOffice()));
    }
}
