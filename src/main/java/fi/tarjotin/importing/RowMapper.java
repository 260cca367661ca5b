package fi.tarjotin.importing;

import fi.tarjotin.codes.CodeItem;
import fi.tarjotin.codes.CodeList;
import fi.tarjotin.codes.CodeLists;
import fi.tarjotin.common.Dates;
import fi.tarjotin.common.LocalisedText;
import fi.tarjotin.error.ErrorCode;
import fi.tarjotin.error.FieldError;
import fi.tarjotin.opportunity.OpportunityDraft;
import fi.tarjotin.organisation.OrganisationDraft;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a CSV row into the API's own request shapes, so that the API's validation decides what is valid.
 * Only what the API cannot see is checked here: numbers and dates in the forms a Finnish spreadsheet
 * writes ({@code 20,5}, {@code 1.3.2026}), and code list values given by their Finnish label.
 */
@Singleton
class RowMapper {

    /** Where the API reports a problem, and the CSV column it came from. */
    static final Map<String, String> LISTING_COLUMNS = Map.ofEntries(
            Map.entry("title.fi", "title"), Map.entry("summary.fi", "summary"),
            Map.entry("description.fi", "description"), Map.entry("address.street", "street"),
            Map.entry("address.postalCode", "postalCode"), Map.entry("address.postOffice", "postOffice"),
            Map.entry("contact.role", "contactRole"), Map.entry("contact.name", "contactName"),
            Map.entry("contact.email", "contactEmail"), Map.entry("contact.phone", "contactPhone"),
            Map.entry("organisationId", "organisation"));
    static final Map<String, String> ORGANISATION_COLUMNS = Map.ofEntries(
            Map.entry("name", "organisation"), Map.entry("kind", "organisationKind"),
            Map.entry("contact.email", "organisationEmail"), Map.entry("contact.phone", "organisationPhone"),
            Map.entry("website", "organisationWebsite"));

    private final CodeLists codes;

    RowMapper(CodeLists codes) {
        this.codes = codes;
    }

    /** The row as requests, and the problems only the CSV form can have. */
    record Mapped(OrganisationDraft organisation, OpportunityDraft listing, List<FieldError> problems) {
    }

    Mapped map(CatalogueCsv.Row row, String municipality) {
        List<FieldError> problems = new ArrayList<>();
        OrganisationDraft organisation = new OrganisationDraft(row.get("organisation"),
                row.get("organisationKind") == null ? "ASSOCIATION" : row.get("organisationKind").toUpperCase(Locale.ROOT),
                row.get("businessId"), null, List.of(municipality), null,
                new fi.tarjotin.organisation.Contact(row.get("organisationEmail"), row.get("organisationPhone")),
                row.get("organisationWebsite"), null);
        OpportunityDraft listing = new OpportunityDraft(null,
                code(CodeList.OPPORTUNITY_TYPES, row.get("type")),
                text(row.get("title")), text(row.get("summary")), text(row.get("description")), null, null, null,
                List.of(), List.of(municipality),
                codes(CodeList.TARGET_GROUPS, row.get("targetGroups")), codes(CodeList.LANGUAGES, row.get("languages")),
                null, code(CodeList.DELIVERY_MODES, row.get("deliveryMode")),
                new fi.tarjotin.opportunity.Address(row.get("street"), row.get("postalCode"), row.get("postOffice")),
                date(row.get("validFrom"), "validFrom", problems), date(row.get("validTo"), "validTo", problems),
                date(row.get("applicationDeadline"), "applicationDeadline", problems),
                decimal(row.get("hoursPerWeek"), "hoursPerWeek", problems),
                integer(row.get("capacityTotal"), "capacityTotal", problems),
                integer(row.get("capacityAvailable"), "capacityAvailable", problems),
                new fi.tarjotin.opportunity.Contact(row.get("contactRole"), row.get("contactName"),
                        row.get("contactEmail"), row.get("contactPhone")));
        if (row.get("id") == null) {
            problems.add(new FieldError(ErrorCode.REQUIRED, "id"));
        } else if (row.get("id").length() > 100) {
            problems.add(new FieldError(ErrorCode.INVALID_LENGTH, "id"));
        }
        if (row.get("organisation") == null) {
            problems.add(new FieldError(ErrorCode.REQUIRED, "organisation"));
        }
        return new Mapped(organisation, listing, problems);
    }

    private static LocalisedText text(String fi) {
        return fi == null ? null : LocalisedText.of(fi, null, null);
    }

    /** A code as is, or the code whose Finnish (or English) label the spreadsheet shows. */
    private String code(CodeList list, String value) {
        if (value == null) {
            return null;
        }
        for (CodeItem item : codes.items(list)) {
            if (item.code().equalsIgnoreCase(value) || value.equalsIgnoreCase(item.label().fi())
                    || value.equalsIgnoreCase(item.label().en())) {
                return item.code();
            }
        }
        return value;
    }

    /** Several values in one cell, separated by | (SharePoint's multi-choice export) or ;. */
    private List<String> codes(CodeList list, String value) {
        if (value == null) {
            return List.of();
        }
        return Arrays.stream(value.split("[|;]")).map(String::strip).filter(v -> !v.isEmpty())
                .map(v -> code(list, v)).toList();
    }

    private static String date(String value, String column, List<FieldError> problems) {
        if (value == null) {
            return null;
        }
        Optional<LocalDate> date = Dates.dateOrFinnishDate(value);
        if (date.isEmpty()) {
            problems.add(new FieldError(ErrorCode.INVALID_DATE, column));
        }
        return date.map(LocalDate::toString).orElse(null);
    }

    private static BigDecimal decimal(String value, String column, List<FieldError> problems) {
        if (value == null) {
            return null;
        }
        try {
            return new BigDecimal(value.replace(',', '.').replace(" ", ""));
        } catch (NumberFormatException e) {
            problems.add(new FieldError(ErrorCode.INVALID_VALUE, column));
            return null;
        }
    }

    private static Integer integer(String value, String column, List<FieldError> problems) {
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value.replace(" ", ""));
        } catch (NumberFormatException e) {
            problems.add(new FieldError(ErrorCode.INVALID_VALUE, column));
            return null;
        }
    }
}
