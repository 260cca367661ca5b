package fi.tarjotin.publicsite;

import fi.tarjotin.codes.CodeList;
import fi.tarjotin.codes.CodeLists;
import fi.tarjotin.common.LocalisedText;
import fi.tarjotin.common.PublicLinks;
import fi.tarjotin.municipality.Municipalities;
import fi.tarjotin.opportunity.OpportunityView;
import fi.tarjotin.opportunity.PublishedOpportunities;
import fi.tarjotin.organisation.OrganisationProfiles;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * The records of the HSDS 3.1 view, written from the catalogue's listings and organisation profiles: a service
 * with its languages, areas, phones, contacts and schedule, an organization with its identifiers, and a page.
 * Ids of the nested records are derived from their parent's id, so they are stable.
 */
@Singleton
class HsdsRecords {

    private final HsdsCatalogue catalogue;
    private final Municipalities municipalities;
    private final CodeLists codes;
    private final PublicLinks links;

    HsdsRecords(HsdsCatalogue catalogue, Municipalities municipalities, CodeLists codes, PublicLinks links) {
        this.catalogue = catalogue;
        this.municipalities = municipalities;
        this.codes = codes;
        this.links = links;
    }

    /** A service as the list of services shows it, from the catalogue's row. */
    Map<String, Object> serviceSummary(PublishedOpportunities.Row row, String lang, HttpRequest<?> request) {
        return object(
                "id", row.id().toString(),
                "organization_id", row.organisationId().toString(),
                "name", LocalisedText.of(row.titleFi(), row.titleSv(), row.titleEn()).in(lang),
                "description", text(LocalisedText.of(row.summaryFi(), row.summarySv(), row.summaryEn()), lang),
                "url", row.municipalityCode() == null ? null
                        : links.to(request, EmbedPaths.listing(row.municipalityCode(), row.id(), lang)).toString(),
                "email", row.email(),
                "status", "active",
                "last_modified", row.updatedAt().toString());
    }

    /** A listing as a service, with the records HSDS nests in it. */
    Map<String, Object> service(OpportunityView v, String lang, HttpRequest<?> request) {
        String sid = v.id().toString();
        Map<String, Object> service = object(
                "id", sid,
                "organization_id", v.organisationId().toString(),
                "name", v.title().in(lang),
                "alternate_name", v.summary() == null ? null : v.summary().in(lang),
                "description", text(v.description() != null ? v.description() : v.summary(), lang),
                "url", links.to(request, EmbedPaths.listing(v.municipalityCodes().isEmpty() ? "" : v.municipalityCodes().get(0),
                        v.id(), lang)).toString(),
                "email", v.contact() == null ? null : v.contact().email(),
                "status", "active",
                "eligibility_description", eligibility(v, lang),
                "fees_description", v.compensation() == null ? null : v.compensation().in(lang),
                "last_modified", v.updatedAt().toString());
        List<Object> languages = new ArrayList<>();
        for (String code : v.languages()) {
            languages.add(object("id", derived(sid, "language:" + code), "service_id", sid,
                    "name", codes.label(CodeList.LANGUAGES, code).in(lang), "code", code));
        }
        service.put("languages", languages);
        List<Object> areas = new ArrayList<>();
        for (String code : v.municipalityCodes()) {
            String name = municipalities.find(code).map(m -> EmbedModels.municipalityName(m, lang)).orElse(code);
            areas.add(object("id", derived(sid, "area:" + code), "service_id", sid, "name", name,
                    "description", "Statistics Finland municipality code " + code));
        }
        service.put("service_areas", areas);
        List<Object> phones = new ArrayList<>();
        List<Object> contacts = new ArrayList<>();
        if (v.contact() != null) {
            if (v.contact().phone() != null) {
                phones.add(object("id", derived(sid, "phone"), "service_id", sid, "number", v.contact().phone()));
            }
            // The role, never a person's name: HSDS readers republish, and staff names are not theirs to spread.
            contacts.add(object("id", derived(sid, "contact"), "service_id", sid, "title", v.contact().role(),
                    "email", v.contact().email()));
        }
        service.put("phones", phones);
        service.put("contacts", contacts);
        if (v.validFrom() != null || v.validTo() != null) {
            service.put("schedules", List.of(object("id", derived(sid, "schedule"), "service_id", sid,
                    "valid_from", v.validFrom() == null ? null : v.validFrom().toString(),
                    "valid_to", v.validTo() == null ? null : v.validTo().toString(),
                    "description", v.hoursPerWeek() == null ? null
                            : v.hoursPerWeek().stripTrailingZeros().toPlainString() + " h/week")));
        }
        catalogue.organisation(v.organisationId()).ifPresent(o -> service.put("organization", organization(o, lang)));
        return service;
    }

    /** An organisation as an organization, with its phones and identifiers. */
    Map<String, Object> organization(OrganisationProfiles.Profile row, String lang) {
        String oid = row.id().toString();
        LocalisedText description = LocalisedText.of(row.descriptionFi(), row.descriptionSv(), row.descriptionEn());
        Map<String, Object> organization = object(
                "id", oid,
                "name", row.name(),
                // HSDS requires a description; an organisation that wrote none is described by its name.
                "description", description.isEmpty() ? row.name() : description.in(lang),
                "email", row.email(),
                "website", row.website());
        List<Object> phones = new ArrayList<>();
        if (row.phone() != null) {
            phones.add(object("id", derived(oid, "phone"), "organization_id", oid, "number", row.phone()));
        }
        organization.put("phones", phones);
        List<Object> identifiers = new ArrayList<>();
        if (row.businessId() != null) {
            identifiers.add(object("id", derived(oid, "business-id"), "organization_id", oid,
                    "identifier_scheme", "FI-YTJ", "identifier_type", "Y-tunnus (Finnish business id)",
                    "identifier", row.businessId()));
        }
        if (row.associationRegisterNumber() != null) {
            identifiers.add(object("id", derived(oid, "register-number"), "organization_id", oid,
                    "identifier_scheme", "FI-PRH-YHD", "identifier_type", "Yhdistysrekisterinumero (association register number)",
                    "identifier", row.associationRegisterNumber()));
        }
        organization.put("organization_identifiers", identifiers);
        return organization;
    }

    private @Nullable String eligibility(OpportunityView v, String lang) {
        List<String> parts = new ArrayList<>();
        if (!v.targetGroups().isEmpty()) {
            parts.add(String.join(", ", v.targetGroups().stream()
                    .map(g -> codes.label(CodeList.TARGET_GROUPS, g).in(lang)).toList()));
        }
        if (v.requirements() != null) {
            parts.add(v.requirements().in(lang));
        }
        return parts.isEmpty() ? null : String.join(". ", parts);
    }

    /** A page of records, as HSDS pages them. */
    static <T> Map<String, Object> page(int page, int perPage, long total, List<T> rows,
                                         Function<T, Map<String, Object>> item) {
        long pages = total == 0 ? 0 : (total + perPage - 1) / perPage;
        Map<String, Object> body = object(
                "total_items", total,
                "total_pages", pages,
                "page_number", page,
                "size", rows.size(),
                "first_page", page == 1,
                "last_page", page >= pages,
                "empty", rows.isEmpty());
        body.put("contents", rows.stream().map(item).toList());
        return body;
    }

    private static String text(@Nullable LocalisedText text, String lang) {
        return text == null ? "" : text.in(lang);
    }

    /** A stable id for a record nested in a listing or organisation, derived from its parent's id. */
    private static String derived(String parentId, String what) {
        return UUID.nameUUIDFromBytes((parentId + "/" + what).getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** An ordered JSON object from name-value pairs, leaving out nulls (HSDS types forbid null). */
    static Map<String, Object> object(Object... pairs) {
        Map<String, Object> object = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i + 1] != null) {
                object.put((String) pairs[i], pairs[i + 1]);
            }
        }
        return object;
    }

}
