package fi.tarjotin.opportunity;

import fi.tarjotin.codes.CodeList;
import fi.tarjotin.codes.CodeLists;
import fi.tarjotin.common.LocalisedText;
import fi.tarjotin.common.WireRules;
import fi.tarjotin.error.ErrorCode;
import fi.tarjotin.error.FieldError;
import fi.tarjotin.error.ValidationException;
import fi.tarjotin.municipality.Municipalities;
import fi.tarjotin.organisation.Organisations;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static fi.tarjotin.opportunity.DraftFields.blank;
import static fi.tarjotin.opportunity.DraftFields.date;
import static fi.tarjotin.opportunity.DraftFields.distinct;
import static fi.tarjotin.opportunity.DraftFields.range;
import static fi.tarjotin.opportunity.DraftFields.text;
import static fi.tarjotin.opportunity.DraftFields.uuid;

/**
 * Checks a listing's content field by field and reports every problem at once, each at its field path,
 * so that a form can mark them all. The length limits here are the columns' and the connector's.
 */
@Singleton
class OpportunityValidator {

    static final int TITLE_MAX = 200;
    static final int SUMMARY_MAX = 500;
    static final int DESCRIPTION_MAX = 10_000;
    static final int REQUIREMENTS_MAX = 2_000;
    static final int COMPENSATION_MAX = 500;
    static final int ACCESSIBILITY_MAX = 1_000;

    private final CodeLists codes;
    private final Municipalities municipalities;
    private final Organisations organisations;
    private final WireRules wire;

    OpportunityValidator(CodeLists codes, Municipalities municipalities, Organisations organisations, WireRules wire) {
        this.codes = codes;
        this.municipalities = municipalities;
        this.organisations = organisations;
        this.wire = wire;
    }

    OpportunityContent validate(OpportunityDraft d) {
        List<FieldError> errors = new ArrayList<>();
        UUID organisationId = uuid(d.organisationId(), "organisationId", true, errors);
        requireCode(CodeList.OPPORTUNITY_TYPES, d.type(), "type", errors);
        LocalisedText title = text(d.title(), "title", TITLE_MAX, true, errors);
        LocalisedText summary = text(d.summary(), "summary", SUMMARY_MAX, false, errors);
        LocalisedText description = text(d.description(), "description", DESCRIPTION_MAX, false, errors);
        LocalisedText requirements = text(d.requirements(), "requirements", REQUIREMENTS_MAX, false, errors);
        LocalisedText compensation = text(d.compensation(), "compensation", COMPENSATION_MAX, false, errors);
        LocalisedText accessibility = text(d.accessibility(), "accessibility", ACCESSIBILITY_MAX, false, errors);

        List<String> municipalityCodes = distinct(d.municipalityCodes(), "municipalityCodes", errors);
        if (d.municipalityCodes() == null || d.municipalityCodes().stream().allMatch(c -> c == null || c.isBlank())) {
            errors.add(new FieldError(ErrorCode.REQUIRED, "municipalityCodes"));
        }
        for (int i = 0; i < municipalityCodes.size(); i++) {
            if (!municipalities.exists(municipalityCodes.get(i))) {
                errors.add(new FieldError(ErrorCode.UNKNOWN_MUNICIPALITY, "municipalityCodes[" + i + "]"));
            }
        }
        List<String> targetGroups = distinct(d.targetGroups(), "targetGroups", errors);
        codes.requireKnown(CodeList.TARGET_GROUPS, targetGroups, "targetGroups", errors);
        List<String> languages = distinct(d.languages(), "languages", errors);
        codes.requireKnown(CodeList.LANGUAGES, languages, "languages", errors);
        String deliveryMode = d.deliveryMode() == null ? "ONSITE" : d.deliveryMode();
        requireCode(CodeList.DELIVERY_MODES, deliveryMode, "deliveryMode", errors);

        List<UUID> partners = new ArrayList<>();
        List<String> partnerIds = distinct(d.partnerOrganisationIds(), "partnerOrganisationIds", errors);
        for (int i = 0; i < partnerIds.size(); i++) {
            UUID partner = uuid(partnerIds.get(i), "partnerOrganisationIds[" + i + "]", true, errors);
            if (partner != null) {
                partners.add(partner);
            }
        }
        requireExistingOrganisations(organisationId, partners, errors);

        LocalDate validFrom = date(d.validFrom(), "validFrom", errors);
        LocalDate validTo = date(d.validTo(), "validTo", errors);
        LocalDate deadline = date(d.applicationDeadline(), "applicationDeadline", errors);
        if (validFrom != null && validTo != null && validTo.isBefore(validFrom)) {
            errors.add(new FieldError(ErrorCode.INVALID_DATE_RANGE, "validTo"));
        }
        BigDecimal hours = d.hoursPerWeek();
        if (hours != null && (hours.signum() < 0 || hours.compareTo(BigDecimal.valueOf(60)) > 0 || hours.scale() > 1)) {
            errors.add(new FieldError(ErrorCode.OUT_OF_RANGE, "hoursPerWeek"));
        }
        Integer total = d.capacityTotal();
        Integer available = d.capacityAvailable();
        range(total, "capacityTotal", errors);
        range(available, "capacityAvailable", errors);
        if (total != null && available != null && available > total) {
            errors.add(new FieldError(ErrorCode.CAPACITY_EXCEEDS_TOTAL, "capacityAvailable"));
        }
        Address address = address(d.address(), errors);
        Contact contact = contact(d.contact(), errors);

        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new OpportunityContent(organisationId, d.type(), title, summary, description, requirements,
                compensation, accessibility, List.copyOf(partners), municipalityCodes, targetGroups, languages,
                Boolean.TRUE.equals(d.plainLanguage()), deliveryMode, address, validFrom, validTo, deadline, hours,
                total, available, contact);
    }

    /** What a listing needs before job seekers may see it. */
    void requirePublishable(OpportunityContent c) {
        List<FieldError> errors = new ArrayList<>();
        if (c.summary().fi() == null) {
            errors.add(new FieldError(ErrorCode.REQUIRED, "summary.fi"));
        }
        if (c.contact() == null || (c.contact().email() == null && c.contact().phone() == null)) {
            errors.add(new FieldError(ErrorCode.REQUIRED, "contact.email"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    private void requireCode(CodeList list, String code, String target, List<FieldError> errors) {
        if (code == null || code.isBlank()) {
            errors.add(new FieldError(ErrorCode.REQUIRED, target));
        } else {
            codes.requireKnown(list, code, target, errors);
        }
    }

    private Address address(Address a, List<FieldError> errors) {
        if (a == null) {
            return null;
        }
        Address clean = new Address(blank(a.street()), blank(a.postalCode()), blank(a.postOffice()));
        errors.addAll(wire.check(clean, "address"));
        return clean.street() == null && clean.postalCode() == null && clean.postOffice() == null ? null : clean;
    }

    private Contact contact(Contact c, List<FieldError> errors) {
        if (c == null) {
            return null;
        }
        Contact clean = new Contact(blank(c.role()), blank(c.name()), blank(c.email()), blank(c.phone()));
        errors.addAll(wire.check(clean, "contact"));
        return clean.role() == null && clean.name() == null && clean.email() == null && clean.phone() == null
                ? null : clean;
    }

    /** A one-line value (address, contact) without control characters, trimmed, or null for blank. */
    private void requireExistingOrganisations(UUID owner, List<UUID> partners, List<FieldError> errors) {
        List<UUID> all = new ArrayList<>(partners);
        if (owner != null) {
            all.add(owner);
        }
        Set<UUID> known = organisations.existing(all);
        if (owner != null && !known.contains(owner)) {
            errors.add(new FieldError(ErrorCode.UNKNOWN_ORGANISATION, "organisationId"));
        }
        for (int i = 0; i < partners.size(); i++) {
            if (!known.contains(partners.get(i))) {
                errors.add(new FieldError(ErrorCode.UNKNOWN_ORGANISATION, "partnerOrganisationIds[" + i + "]"));
            }
        }
    }
}
