package fi.tarjotin.opportunity;

import fi.tarjotin.codes.CodeList;
import fi.tarjotin.codes.CodeLists;
import fi.tarjotin.common.Cursor;
import fi.tarjotin.common.Dates;
import fi.tarjotin.common.PageSize;
import fi.tarjotin.error.BadRequestException;
import fi.tarjotin.error.ErrorCode;
import fi.tarjotin.municipality.Municipalities;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpParameters;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A search request, parsed and checked: every filter of the query string, the sort, the page size and
 * the keyset position. Multi-valued filters take repeated parameters or comma-separated values. With words and
 * no {@code sort}, the order is by relevance ({@link #relevance}); {@link #text} keeps the words as typed, for the
 * search index, {@link #facets} the dimensions to count, {@link #language} the caller's language.
 */
record SearchCriteria(
        List<String> municipalities,
        List<String> types,
        List<String> targetGroups,
        List<String> languages,
        List<String> deliveryModes,
        @Nullable UUID organisation,
        Set<OpportunityStatus> statuses,
        List<String> terms,
        boolean availableOnly,
        @Nullable LocalDate validOn,
        @Nullable Instant updatedSince,
        Sort sort,
        int top,
        @Nullable Cursor cursor,
        boolean count,
        @Nullable String text,
        Set<String> facets,
        boolean relevance,
        @Nullable String language) {

    /** The cursor tag of a page ordered by relevance. */
    static final String RELEVANCE = "relevance";
    /** The dimensions that can be counted. */
    static final List<String> FACETS = List.of("type", "targetGroup", "language", "municipality");

    /** A search without words for the index, counts or relevance. */
    SearchCriteria(List<String> municipalities, List<String> types, List<String> targetGroups, List<String> languages,
                   List<String> deliveryModes, UUID organisation, Set<OpportunityStatus> statuses, List<String> terms,
                   boolean availableOnly, LocalDate validOn, Instant updatedSince, Sort sort, int top, Cursor cursor,
                   boolean count) {
        this(municipalities, types, targetGroups, languages, deliveryModes, organisation, statuses, terms,
                availableOnly, validOn, updatedSince, sort, top, cursor, count, null, Set.of(), false, null);
    }

    /** The same search in the caller's language ({@code fi}, {@code sv-FI}, an Accept-Language value...). */
    SearchCriteria inLanguage(@Nullable String callerLanguage) {
        return new SearchCriteria(municipalities, types, targetGroups, languages, deliveryModes, organisation, statuses,
                terms, availableOnly, validOn, updatedSince, sort, top, cursor, count, text, facets, relevance,
                callerLanguage);
    }

    static final int DEFAULT_TOP = 50;
    static final int MAX_TOP = 500;
    private static final int MAX_QUERY_LENGTH = 200;
    private static final int MAX_TERMS = 8;

    /** The orders a search can be sorted in; each is a keyset on (key, id). */
    enum Sort {
        NEWEST("-updatedAt", "updated_at", true),
        OLDEST("updatedAt", "updated_at", false),
        TITLE("title", "title_sort", false),
        TITLE_DESCENDING("-title", "title_sort", true);

        final String parameter;
        final String column;
        final boolean descending;

        Sort(String parameter, String column, boolean descending) {
            this.parameter = parameter;
            this.column = column;
            this.descending = descending;
        }

        static Sort of(String value) {
            if (value == null || value.isBlank()) {
                return NEWEST;
            }
            return Arrays.stream(values()).filter(s -> s.parameter.equals(value)).findFirst()
                    .orElseThrow(() -> new BadRequestException(ErrorCode.INVALID_VALUE, "sort"));
        }
    }

    static SearchCriteria parse(HttpParameters p, CodeLists codes, Municipalities municipalities) {
        List<String> municipalityCodes = values(p, "municipality");
        for (String code : municipalityCodes) {
            if (!municipalities.exists(code)) {
                throw new BadRequestException(ErrorCode.UNKNOWN_MUNICIPALITY, "municipality");
            }
        }
        Sort sort = Sort.of(p.get("sort"));
        List<String> terms = terms(p.get("q"));
        boolean relevance = !terms.isEmpty() && (p.get("sort") == null || p.get("sort").isBlank());
        String cursorToken = p.get("cursor");
        Cursor cursor = cursorToken == null ? null : Cursor.decode(cursorToken, 3);
        // A relevance page may have been served by the database search while the index was not ready yet.
        if (cursor != null && !cursor.values().get(0).equals(sort.parameter)
                && !(relevance && cursor.values().get(0).equals(RELEVANCE))) {
            throw new BadRequestException(ErrorCode.INVALID_CURSOR, "cursor");
        }
        return new SearchCriteria(municipalityCodes,
                codes(p, "type", CodeList.OPPORTUNITY_TYPES, codes),
                codes(p, "targetGroup", CodeList.TARGET_GROUPS, codes),
                codes(p, "language", CodeList.LANGUAGES, codes),
                codes(p, "deliveryMode", CodeList.DELIVERY_MODES, codes),
                uuid(p.get("organisation"), "organisation"),
                statuses(values(p, "status")),
                terms,
                bool(p.get("availableOnly"), "availableOnly"),
                Dates.dateParameter(p.get("validOn"), "validOn"),
                Dates.instantParameter(p.get("updatedSince"), "updatedSince"),
                sort,
                PageSize.of(p.get("top"), DEFAULT_TOP, MAX_TOP).value(),
                cursor,
                bool(p.get("count"), "count"),
                terms.isEmpty() ? null : p.get("q").strip(),
                Set.copyOf(facets(p)),
                relevance,
                null);
    }

    private static List<String> facets(HttpParameters p) {
        List<String> facets = values(p, "facets");
        if (!FACETS.containsAll(facets)) {
            throw new BadRequestException(ErrorCode.INVALID_VALUE, "facets");
        }
        return facets;
    }

    private static List<String> values(HttpParameters p, String name) {
        Set<String> values = new LinkedHashSet<>();
        for (String raw : p.getAll(name)) {
            for (String v : raw.split(",")) {
                if (!v.isBlank()) {
                    values.add(v.strip());
                }
            }
        }
        if (values.size() > 50) {
            throw new BadRequestException(ErrorCode.INVALID_VALUE, name);
        }
        return List.copyOf(values);
    }

    private static List<String> codes(HttpParameters p, String name, CodeList list, CodeLists codes) {
        List<String> values = values(p, name);
        for (String v : values) {
            if (!codes.contains(list, v)) {
                throw new BadRequestException(ErrorCode.UNKNOWN_CODE, name);
            }
        }
        return values;
    }

    private static Set<OpportunityStatus> statuses(List<String> values) {
        if (values.isEmpty()) {
            return EnumSet.of(OpportunityStatus.PUBLISHED);
        }
        Set<OpportunityStatus> statuses = EnumSet.noneOf(OpportunityStatus.class);
        for (String v : values) {
            try {
                statuses.add(OpportunityStatus.valueOf(v));
            } catch (IllegalArgumentException unknown) {
                throw new BadRequestException(ErrorCode.UNKNOWN_CODE, "status");
            }
        }
        return statuses;
    }

    private static List<String> terms(String q) {
        if (q == null || q.isBlank()) {
            return List.of();
        }
        if (q.length() > MAX_QUERY_LENGTH) {
            throw new BadRequestException(ErrorCode.INVALID_LENGTH, "q");
        }
        List<String> terms = new ArrayList<>();
        for (String term : fi.tarjotin.common.SearchText.normalise(q).split(" ")) {
            if (!term.isBlank() && terms.size() < MAX_TERMS && !terms.contains(term)) {
                terms.add(term);
            }
        }
        return terms;
    }

    private static UUID uuid(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(ErrorCode.INVALID_UUID, name);
        }
    }

    private static boolean bool(String value, String name) {
        if (value == null || value.isBlank()) {
            return false;
        }
        return switch (value.toLowerCase()) {
            case "true", "1" -> true;
            case "false", "0" -> false;
            default -> throw new BadRequestException(ErrorCode.INVALID_VALUE, name);
        };
    }
}
