package fi.tarjotin.organisation;

import fi.tarjotin.common.LocalisedText;
import fi.tarjotin.common.WireConstraints.HttpUrlFormat;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * An organisation as a client writes it, to create one; an update is merged onto the current one in this
 * shape and checked by the same rules ({@link OrganisationRules}). The constraints here are checked on the
 * trimmed draft, so that spaces around a value neither count towards its length nor make it wrong.
 */
@Serdeable
public record OrganisationDraft(
        @Nullable @NotBlank @Size(max = 200) String name,
        @Nullable String kind,
        @Nullable String businessId,
        @Nullable String associationRegisterNumber,
        @Nullable List<String> municipalityCodes,
        @Nullable LocalisedText description,
        @Nullable @Valid Contact contact,
        @Nullable @Size(max = 500) @HttpUrlFormat String website,
        @Nullable @Valid Address address) {

    static OrganisationDraft of(OrganisationFields f) {
        LocalisedText description = new LocalisedText(f.descriptionFi(), f.descriptionSv(), f.descriptionEn());
        return new OrganisationDraft(f.name(), f.kind().name(), f.businessId(), f.associationRegisterNumber(),
                f.municipalityCodes(), description.isEmpty() ? null : description,
                Contact.of(f.contactEmail(), f.contactPhone()), f.website(),
                Address.of(f.streetAddress(), f.postalCode(), f.postOffice()));
    }

    /** The same draft with every text trimmed, control characters gone and blanks made null. */
    OrganisationDraft trimmed() {
        Contact c = contact == null ? null : Contact.of(line(contact.email()), line(contact.phone()));
        Address a = address == null ? null
                : Address.of(line(address.street()), line(address.postalCode()), line(address.postOffice()));
        return new OrganisationDraft(line(name), kind, businessId, associationRegisterNumber, municipalityCodes,
                description, c, line(website), a);
    }

    private static @Nullable String line(@Nullable String value) {
        String text = fi.tarjotin.common.PlainText.line(value);
        return text == null || text.isBlank() ? null : text.strip();
    }
}
