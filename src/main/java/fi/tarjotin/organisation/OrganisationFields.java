package fi.tarjotin.organisation;

import fi.tarjotin.common.SearchText;
import fi.tarjotin.common.SortKey;
import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** The content of an organisation after {@link OrganisationRules} accepted it: trimmed, normalised, sorted. */
record OrganisationFields(
        String name,
        OrganisationKind kind,
        @Nullable String businessId,
        @Nullable String associationRegisterNumber,
        List<String> municipalityCodes,
        @Nullable String descriptionFi,
        @Nullable String descriptionSv,
        @Nullable String descriptionEn,
        @Nullable String contactEmail,
        @Nullable String contactPhone,
        @Nullable String website,
        @Nullable String streetAddress,
        @Nullable String postalCode,
        @Nullable String postOffice) {

    private static final int NAME_SEARCH_LENGTH = 200;

    static OrganisationFields of(Organisation o, List<String> municipalityCodes) {
        return new OrganisationFields(o.name(), OrganisationKind.valueOf(o.kind()), o.businessId(),
                o.associationRegisterNumber(), List.copyOf(municipalityCodes), o.descriptionFi(), o.descriptionSv(),
                o.descriptionEn(), o.contactEmail(), o.contactPhone(), o.website(), o.streetAddress(), o.postalCode(),
                o.postOffice());
    }

    Organisation toEntity(UUID id, long version, Instant createdAt, Instant updatedAt) {
        String nameSearch = SearchText.normalise(name);
        if (nameSearch.length() > NAME_SEARCH_LENGTH) {
            nameSearch = nameSearch.substring(0, NAME_SEARCH_LENGTH);
        }
        return new Organisation(id, version, name, nameSearch, SortKey.of(name), kind.name(), businessId, associationRegisterNumber,
                descriptionFi, descriptionSv, descriptionEn, contactEmail, contactPhone, website, streetAddress,
                postalCode, postOffice, createdAt, updatedAt);
    }

    /** The fields, named as in the API, whose values differ from {@code before}. */
    List<String> changedFrom(OrganisationFields before) {
        List<String> changed = new ArrayList<>();
        compare(changed, "name", name, before.name);
        compare(changed, "kind", kind, before.kind);
        compare(changed, "businessId", businessId, before.businessId);
        compare(changed, "associationRegisterNumber", associationRegisterNumber, before.associationRegisterNumber);
        compare(changed, "municipalityCodes", municipalityCodes, before.municipalityCodes);
        compare(changed, "description.fi", descriptionFi, before.descriptionFi);
        compare(changed, "description.sv", descriptionSv, before.descriptionSv);
        compare(changed, "description.en", descriptionEn, before.descriptionEn);
        compare(changed, "contact.email", contactEmail, before.contactEmail);
        compare(changed, "contact.phone", contactPhone, before.contactPhone);
        compare(changed, "website", website, before.website);
        compare(changed, "address.street", streetAddress, before.streetAddress);
        compare(changed, "address.postalCode", postalCode, before.postalCode);
        compare(changed, "address.postOffice", postOffice, before.postOffice);
        return changed;
    }

    /** Every field that has a value, for the audit row of a new organisation. */
    List<String> present() {
        OrganisationFields empty = new OrganisationFields(null, null, null, null, null, null, null, null, null, null,
                null, null, null, null);
        return changedFrom(empty);
    }

    private static void compare(List<String> changed, String field, Object now, Object before) {
        if (!Objects.equals(now, before)) {
            changed.add(field);
        }
    }
}
