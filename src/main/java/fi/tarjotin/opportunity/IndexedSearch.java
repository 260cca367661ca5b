package fi.tarjotin.opportunity;

import fi.tarjotin.access.Scope;
import fi.tarjotin.codes.CodeList;
import fi.tarjotin.codes.CodeLists;
import fi.tarjotin.common.Cursor;
import fi.tarjotin.common.LocalisedText;
import fi.tarjotin.error.BadRequestException;
import fi.tarjotin.error.ErrorCode;
import fi.tarjotin.municipality.Municipalities;
import fi.tarjotin.search.Facet;
import fi.tarjotin.search.ListingIndex;
import fi.tarjotin.search.SearchFilters;
import fi.tarjotin.search.SearchLanguage;
import fi.tarjotin.search.SearchPosition;
import fi.tarjotin.search.SearchRequest;
import fi.tarjotin.search.SearchResult;
import fi.tarjotin.search.SearchScope;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The search through the index: it matches the words and counts per filter value under the filters and the
 * caller's scope; the rows of a page load from the database by id with the visibility condition once more.
 * By relevance (words and no {@code sort}) the index orders and pages; with an explicit sort the index gives the
 * matching ids and the database orders and pages them as it always did.
 */
@Singleton
class IndexedSearch {

    /** Ids per database query: below SQL Server's 2,100 parameters with room for the filters. */
    private static final int IDS_PER_QUERY = 1000;

    private final ListingIndex index;
    private final ListingSearchQueries sql;
    private final CodeLists codes;
    private final Municipalities municipalities;
    private final Clock clock;

    IndexedSearch(ListingIndex index, ListingSearchQueries sql, CodeLists codes, Municipalities municipalities,
                  Clock clock) {
        this.index = index;
        this.sql = sql;
        this.codes = codes;
        this.municipalities = municipalities;
        this.clock = clock;
    }

    OpportunitySearch.Result search(SearchCriteria c, Scope scope, boolean words) {
        if (words && c.relevance()) {
            if (c.cursor() != null && !c.cursor().values().get(0).equals(SearchCriteria.RELEVANCE)) {
                // Paging on from a page the database search served before the index was ready.
                return sql.search(c, scope);
            }
            return byRelevance(c, scope);
        }
        Map<String, List<OpportunitySearch.FacetCount>> facets = null;
        if (!words) {
            facets = facets(index.search(request(c, scope, null, 1, null)).counts(), c);
            OpportunitySearch.Result page = sql.search(c, scope);
            return new OpportunitySearch.Result(page.items(), page.next(), page.count(), facets);
        }
        SearchResult all = index.search(request(c, scope, c.text(), Math.max(1, index.size()), null));
        facets = c.facets().isEmpty() ? null : facets(all.counts(), c);
        OpportunitySearch.Result page = sortedBySql(c, scope, all.ids());
        return new OpportunitySearch.Result(page.items(), page.next(), page.count(), facets);
    }

    private OpportunitySearch.Result byRelevance(SearchCriteria c, Scope scope) {
        SearchResult found = index.search(request(c, scope, c.text(), c.top(), position(c.cursor())));
        Map<UUID, ListingSearchQueries.Row> rows = sql.byIds(found.ids(), scope).stream()
                .collect(Collectors.toMap(ListingSearchQueries.Row::id, Function.identity()));
        // The database's visibility check is the second guard: a row it does not return is not shown.
        List<OpportunitySummary> items = found.ids().stream().filter(rows::containsKey)
                .map(id -> rows.get(id).toSummary()).toList();
        Cursor next = found.next() == null ? null : new Cursor(List.of(SearchCriteria.RELEVANCE,
                found.next().score() + "_" + found.next().updatedAtMillis(), found.next().id().toString()));
        return new OpportunitySearch.Result(items, next, c.count() ? found.total() : null,
                c.facets().isEmpty() ? null : facets(found.counts(), c));
    }

    /** The database's order over the listings the index matched, a thousand ids per query at most. */
    private OpportunitySearch.Result sortedBySql(SearchCriteria c, Scope scope, List<UUID> ids) {
        if (ids.size() <= IDS_PER_QUERY) {
            return sql.search(c, scope, ids);
        }
        List<ListingSearchQueries.Row> rows = new ArrayList<>();
        long count = 0;
        for (int from = 0; from < ids.size(); from += IDS_PER_QUERY) {
            List<UUID> chunk = ids.subList(from, Math.min(ids.size(), from + IDS_PER_QUERY));
            rows.addAll(sql.rows(c, scope, chunk));
            count += c.count() ? sql.search(c, scope, chunk).count() : 0;
        }
        Comparator<ListingSearchQueries.Row> order = c.sort().column.equals("title_sort")
                ? Comparator.comparing(ListingSearchQueries.Row::titleSort) : Comparator.comparing(ListingSearchQueries.Row::updatedAt);
        order = order.thenComparing(ListingSearchQueries.Row::id);
        rows.sort(c.sort().descending ? order.reversed() : order);
        return sql.page(c, rows, c.count() ? count : null);
    }

    private SearchRequest request(SearchCriteria c, Scope scope, String text, int limit, SearchPosition after) {
        Map<Facet, Set<String>> byFacet = new EnumMap<>(Facet.class);
        byFacet.put(Facet.TYPE, Set.copyOf(c.types()));
        byFacet.put(Facet.TARGET_GROUP, Set.copyOf(c.targetGroups()));
        byFacet.put(Facet.LANGUAGE, Set.copyOf(c.languages()));
        byFacet.put(Facet.MUNICIPALITY, Set.copyOf(c.municipalities()));
        byFacet.put(Facet.DELIVERY_MODE, Set.copyOf(c.deliveryModes()));
        SearchFilters filters = new SearchFilters(byFacet,
                c.statuses().stream().map(Enum::name).collect(Collectors.toSet()), c.organisation(),
                c.availableOnly() ? LocalDate.now(clock) : null, c.validOn(), c.updatedSince());
        SearchScope visible = scope.isAdmin() ? SearchScope.all()
                : SearchScope.publishedAnd(scope.organisationIds(), scope.municipalityCodes());
        Set<Facet> facets = c.facets().stream().map(f -> Facet.of(f).orElseThrow()).collect(Collectors.toSet());
        return new SearchRequest(text, SearchLanguage.of(c.language()), filters, visible, facets, limit, after,
                c.count());
    }

    private static SearchPosition position(Cursor cursor) {
        if (cursor == null) {
            return null;
        }
        try {
            String[] place = cursor.values().get(1).split("_", 2);
            return new SearchPosition(Float.parseFloat(place[0]), Long.parseLong(place[1]),
                    UUID.fromString(cursor.values().get(2)));
        } catch (RuntimeException e) {
            throw new BadRequestException(ErrorCode.INVALID_CURSOR, "cursor");
        }
    }

    /** The counts in the order the dimensions are named, each value most frequent first, with its labels. */
    private Map<String, List<OpportunitySearch.FacetCount>> facets(Map<Facet, Map<String, Long>> counts,
                                                                  SearchCriteria c) {
        Map<String, List<OpportunitySearch.FacetCount>> facets = new LinkedHashMap<>();
        for (String name : SearchCriteria.FACETS) {
            if (!c.facets().contains(name)) {
                continue;
            }
            Facet facet = Facet.of(name).orElseThrow();
            facets.put(name, counts.getOrDefault(facet, Map.of()).entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry::getKey))
                    .map(e -> new OpportunitySearch.FacetCount(e.getKey(), e.getValue(), label(facet, e.getKey())))
                    .toList());
        }
        return facets;
    }

    private LocalisedText label(Facet facet, String code) {
        return switch (facet) {
            case TYPE -> codes.label(CodeList.OPPORTUNITY_TYPES, code);
            case TARGET_GROUP -> codes.label(CodeList.TARGET_GROUPS, code);
            case LANGUAGE -> codes.label(CodeList.LANGUAGES, code);
            case MUNICIPALITY -> municipalities.find(code).map(m -> LocalisedText.of(m.nameFi(), m.nameSv(),
                    m.nameEn())).orElse(LocalisedText.of(code, null, null));
            default -> codes.label(CodeList.DELIVERY_MODES, code);
        };
    }
}
