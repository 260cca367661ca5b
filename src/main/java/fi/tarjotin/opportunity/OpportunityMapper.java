package fi.tarjotin.opportunity;

import fi.tarjotin.common.LocalisedText;
import fi.tarjotin.common.SearchText;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/** Converts between stored rows, validated content and the wire types. */
final class OpportunityMapper {

    private OpportunityMapper() {
    }

    static Opportunity toRow(UUID id, Long version, OpportunityStatus status, OpportunityContent c, String orgName,
                             Instant createdAt, Instant updatedAt, Instant publishedAt, Instant archivedAt) {
        Address a = c.address();
        Contact k = c.contact();
        return new Opportunity(id, version, status, c.type(), c.organisationId(),
                c.title().fi(), c.title().sv(), c.title().en(), sortKey(c.title().fi()),
                c.summary().fi(), c.summary().sv(), c.summary().en(),
                c.description().fi(), c.description().sv(), c.description().en(),
                c.requirements().fi(), c.requirements().sv(), c.requirements().en(),
                c.compensation().fi(), c.compensation().sv(), c.compensation().en(),
                c.accessibility().fi(), c.accessibility().sv(), c.accessibility().en(),
                c.plainLanguage(), c.deliveryMode(),
                a == null ? null : a.street(), a == null ? null : a.postalCode(), a == null ? null : a.postOffice(),
                c.validFrom(), c.validTo(), c.applicationDeadline(), c.hoursPerWeek(),
                c.capacityTotal(), c.capacityAvailable(),
                k == null ? null : k.role(), k == null ? null : k.name(), k == null ? null : k.email(),
                k == null ? null : k.phone(),
                searchText(c, orgName), createdAt, updatedAt, publishedAt, archivedAt);
    }

    /** The listing's current content as a draft, the base a PATCH is merged into. */
    static OpportunityDraft toDraft(Opportunity o, OpportunityLinkStore.Links links) {
        return new OpportunityDraft(o.organisationId().toString(), o.type(),
                text(o.titleFi(), o.titleSv(), o.titleEn()), text(o.summaryFi(), o.summarySv(), o.summaryEn()),
                text(o.descriptionFi(), o.descriptionSv(), o.descriptionEn()),
                text(o.requirementsFi(), o.requirementsSv(), o.requirementsEn()),
                text(o.compensationFi(), o.compensationSv(), o.compensationEn()),
                text(o.accessibilityFi(), o.accessibilitySv(), o.accessibilityEn()),
                links.partnerOrganisationIds().stream().map(UUID::toString).toList(),
                links.municipalityCodes(), links.targetGroups(), links.languages(), o.plainLanguage(),
                o.deliveryMode(), address(o), str(o.validFrom()), str(o.validTo()), str(o.applicationDeadline()),
                o.hoursPerWeek(), o.capacityTotal(), o.capacityAvailable(), contact(o));
    }

    static OpportunityView toView(Opportunity o, OpportunityLinkStore.Links links, String orgName) {
        return new OpportunityView(o.id(), o.version(), o.status(), o.type(),
                LocalisedText.of(o.titleFi(), o.titleSv(), o.titleEn()),
                text(o.summaryFi(), o.summarySv(), o.summaryEn()),
                text(o.descriptionFi(), o.descriptionSv(), o.descriptionEn()),
                text(o.requirementsFi(), o.requirementsSv(), o.requirementsEn()),
                text(o.compensationFi(), o.compensationSv(), o.compensationEn()),
                text(o.accessibilityFi(), o.accessibilitySv(), o.accessibilityEn()),
                o.organisationId(), orgName, links.partnerOrganisationIds(), links.municipalityCodes(),
                links.targetGroups(), links.languages(), o.plainLanguage(), o.deliveryMode(), address(o),
                o.validFrom(), o.validTo(), o.applicationDeadline(), o.hoursPerWeek(), o.capacityTotal(),
                o.capacityAvailable(), contact(o), o.createdAt(), o.updatedAt(), o.publishedAt());
    }

    /** The Finnish title's {@link fi.tarjotin.common.SortKey}: what {@code sort=title} orders by. */
    static String sortKey(String title) {
        return fi.tarjotin.common.SortKey.of(title);
    }

    /** Everything free-text search looks in, normalised: texts in all languages and the organisation's name. */
    static String searchText(OpportunityContent c, String orgName) {
        return SearchText.document(orgName, Stream.of(c.title(), c.summary(), c.description())
                .flatMap(t -> Stream.of(t.fi(), t.sv(), t.en())).toList());
    }

    private static LocalisedText text(String fi, String sv, String en) {
        LocalisedText t = LocalisedText.of(fi, sv, en);
        return t.isEmpty() ? null : t;
    }

    private static Address address(Opportunity o) {
        return o.streetAddress() == null && o.postalCode() == null && o.postOffice() == null ? null
                : new Address(o.streetAddress(), o.postalCode(), o.postOffice());
    }

    private static Contact contact(Opportunity o) {
        return o.contactRole() == null && o.contactName() == null && o.contactEmail() == null
                && o.contactPhone() == null ? null
                : new Contact(o.contactRole(), o.contactName(), o.contactEmail(), o.contactPhone());
    }

    private static String str(Object value) {
        return value == null ? null : value.toString();
    }

}
