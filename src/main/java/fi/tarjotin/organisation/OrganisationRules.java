package fi.tarjotin.organisation;

import fi.tarjotin.common.Formats;
import fi.tarjotin.common.LocalisedText;
import fi.tarjotin.common.PlainText;
import fi.tarjotin.error.ErrorCode;
import fi.tarjotin.error.FieldError;
import fi.tarjotin.error.ValidationException;
import fi.tarjotin.municipality.Municipalities;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks an organisation as written by a client and reports every broken rule at once, with the field
 * path as the client wrote it. Length limits are those of the database columns.
 */
@Singleton
class OrganisationRules {

    private static final Pattern POSTAL_CODE = Pattern.compile("\\d{5}");

    private final Municipalities municipalities;

    OrganisationRules(Municipalities municipalities) {
        this.municipalities = municipalities;
    }

    OrganisationFields check(OrganisationDraft draft) {
        List<FieldError> errors = new ArrayList<>();
        String name = text(PlainText.line(draft.name()), "name", 200, true, errors);
        OrganisationKind kind = kind(draft.kind(), errors);
        String businessId = businessId(draft.businessId(), errors);
        String registerNumber = registerNumber(draft.associationRegisterNumber(), errors);
        List<String> codes = municipalityCodes(draft.municipalityCodes(), errors);
        LocalisedText description = Optional.ofNullable(draft.description()).orElse(new LocalisedText(null, null, null));
        String descriptionFi = text(PlainText.lines(description.fi()), "description.fi", 2000, false, errors);
        String descriptionSv = text(PlainText.lines(description.sv()), "description.sv", 2000, false, errors);
        String descriptionEn = text(PlainText.lines(description.en()), "description.en", 2000, false, errors);
        Contact contact = Optional.ofNullable(draft.contact()).orElse(new Contact(null, null));
        String email = text(PlainText.line(contact.email()), "contact.email", 254, false, errors);
        formatted(email, Formats.isEmail(email), ErrorCode.INVALID_EMAIL, "contact.email", errors);
        String phone = text(PlainText.line(contact.phone()), "contact.phone", 40, false, errors);
        formatted(phone, Formats.isPhone(phone), ErrorCode.INVALID_PHONE, "contact.phone", errors);
        String website = text(PlainText.line(draft.website()), "website", 500, false, errors);
        formatted(website, Formats.isHttpUrl(website), ErrorCode.INVALID_URL, "website", errors);
        Address address = Optional.ofNullable(draft.address()).orElse(new Address(null, null, null));
        String street = text(PlainText.line(address.street()), "address.street", 200, false, errors);
        String postalCode = formatted(blankToNull(address.postalCode()),
                address.postalCode() != null && POSTAL_CODE.matcher(address.postalCode().strip()).matches(),
                ErrorCode.INVALID_VALUE, "address.postalCode", errors);
        String postOffice = text(PlainText.line(address.postOffice()), "address.postOffice", 100, false, errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new OrganisationFields(name, kind, businessId, registerNumber, codes, descriptionFi, descriptionSv,
                descriptionEn, email, phone, website, street, postalCode, postOffice);
    }

    private static OrganisationKind kind(@Nullable String value, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(ErrorCode.REQUIRED, "kind"));
            return null;
        }
        Optional<OrganisationKind> kind = OrganisationKind.parse(value.strip());
        if (kind.isEmpty()) {
            errors.add(new FieldError(ErrorCode.UNKNOWN_CODE, "kind"));
        }
        return kind.orElse(null);
    }

    private static String businessId(@Nullable String value, List<FieldError> errors) {
        if (blankToNull(value) == null) {
            return null;
        }
        Optional<BusinessId> id = BusinessId.parse(value);
        if (id.isEmpty()) {
            errors.add(new FieldError(ErrorCode.INVALID_BUSINESS_ID, "businessId"));
        }
        return id.map(BusinessId::value).orElse(null);
    }

    private static String registerNumber(@Nullable String value, List<FieldError> errors) {
        if (blankToNull(value) == null) {
            return null;
        }
        Optional<AssociationRegisterNumber> number = AssociationRegisterNumber.parse(value);
        if (number.isEmpty()) {
            errors.add(new FieldError(ErrorCode.INVALID_REGISTER_NUMBER, "associationRegisterNumber"));
        }
        return number.map(AssociationRegisterNumber::value).orElse(null);
    }

    private List<String> municipalityCodes(@Nullable List<String> codes, List<FieldError> errors) {
        if (codes == null || codes.isEmpty()) {
            errors.add(new FieldError(ErrorCode.REQUIRED, "municipalityCodes"));
            return List.of();
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i);
            String target = "municipalityCodes[" + i + "]";
            if (code == null || !municipalities.exists(code)) {
                errors.add(new FieldError(ErrorCode.UNKNOWN_MUNICIPALITY, target));
            } else if (!seen.add(code)) {
                errors.add(new FieldError(ErrorCode.DUPLICATE_MUNICIPALITY, target));
            }
        }
        return seen.stream().sorted().toList();
    }

    /** Trimmed text, or null for blank; a required one must be there, none may exceed its column. */
    private static String text(@Nullable String value, String target, int maxLength, boolean required,
                               List<FieldError> errors) {
        String text = blankToNull(value);
        if (text == null) {
            if (required) {
                errors.add(new FieldError(ErrorCode.REQUIRED, target));
            }
            return null;
        }
        if (text.length() > maxLength) {
            errors.add(new FieldError(ErrorCode.INVALID_LENGTH, target));
        }
        return text;
    }

    /** A value that must also have a format: reported once, and only where it is not already too long. */
    private static String formatted(@Nullable String text, boolean wellFormed, ErrorCode code, String target,
                                    List<FieldError> errors) {
        if (text != null && !wellFormed && errors.stream().noneMatch(e -> e.target().equals(target))) {
            errors.add(new FieldError(code, target));
        }
        return text;
    }

    private static String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
