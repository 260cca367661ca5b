package fi.tarjotin.organisation;

import fi.tarjotin.common.LocalisedText;
import fi.tarjotin.common.PlainText;
import fi.tarjotin.common.PostalCode;
import fi.tarjotin.common.WireRules;
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

/**
 * Checks an organisation as written by a client and reports every broken rule at once, with the field
 * path as the client wrote it: the constraints declared on {@link OrganisationDraft} and the rules that need
 * the service (known municipalities) or a value object ({@link BusinessId}). Lengths are the columns'.
 */
@Singleton
class OrganisationRules {

    private final Municipalities municipalities;
    private final WireRules wire;

    OrganisationRules(Municipalities municipalities, WireRules wire) {
        this.municipalities = municipalities;
        this.wire = wire;
    }

    OrganisationFields check(OrganisationDraft sent) {
        OrganisationDraft draft = sent.trimmed();
        List<FieldError> errors = new ArrayList<>(wire.check(draft, ""));
        OrganisationKind kind = kind(draft.kind(), errors);
        String businessId = businessId(draft.businessId(), errors);
        String registerNumber = registerNumber(draft.associationRegisterNumber(), errors);
        List<String> codes = municipalityCodes(draft.municipalityCodes(), errors);
        LocalisedText description = Optional.ofNullable(draft.description()).orElse(new LocalisedText(null, null, null));
        String descriptionFi = text(PlainText.lines(description.fi()), "description.fi", 2000, errors);
        String descriptionSv = text(PlainText.lines(description.sv()), "description.sv", 2000, errors);
        String descriptionEn = text(PlainText.lines(description.en()), "description.en", 2000, errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(WireRules.inDeclarationOrder(OrganisationDraft.class, errors));
        }
        Contact contact = Optional.ofNullable(draft.contact()).orElse(new Contact(null, null));
        Address address = Optional.ofNullable(draft.address()).orElse(new Address(null, null, null));
        String postalCode = address.postalCode() == null ? null : new PostalCode(address.postalCode()).value();
        return new OrganisationFields(draft.name(), kind, businessId, registerNumber, codes, descriptionFi,
                descriptionSv, descriptionEn, contact.email(), contact.phone(), draft.website(), address.street(),
                postalCode, address.postOffice());
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

    /** Trimmed text, or null for blank, that must fit its column. */
    private static String text(@Nullable String value, String target, int maxLength, List<FieldError> errors) {
        String text = blankToNull(value);
        if (text != null && text.length() > maxLength) {
            errors.add(new FieldError(ErrorCode.INVALID_LENGTH, target));
        }
        return text;
    }

    private static String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
