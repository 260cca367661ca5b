package fi.tarjotin.search;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The filters of a search: codes per dimension (a listing matches a dimension when it has any of the codes
 * given; an empty or missing set leaves the dimension open), the statuses wanted, and optionally one
 * organisation (as owner or partner); the facts filters of the API: places free on {@code availableOn} (capacity
 * left and the deadline not passed), valid on {@code validOn}, changed at or after {@code updatedSince}.
 */
public record SearchFilters(Map<Facet, Set<String>> codes, Set<String> statuses, UUID organisation,
                            LocalDate availableOn, LocalDate validOn, Instant updatedSince) {

    /** Filters by codes, statuses and organisation only. */
    public SearchFilters(Map<Facet, Set<String>> codes, Set<String> statuses, UUID organisation) {
        this(codes, statuses, organisation, null, null, null);
    }

    public SearchFilters {
        Map<Facet, Set<String>> copy = new EnumMap<>(Facet.class);
        codes.forEach((facet, values) -> copy.put(facet, Set.copyOf(values)));
        codes = java.util.Collections.unmodifiableMap(copy);
        statuses = Set.copyOf(statuses);
    }

    /** Published listings, with no other filter. */
    public static SearchFilters published() {
        return new SearchFilters(Map.of(), Set.of("PUBLISHED"), null);
    }

    /** These filters with one dimension's codes replaced. */
    public SearchFilters with(Facet facet, Set<String> values) {
        Map<Facet, Set<String>> changed = new EnumMap<>(Facet.class);
        changed.putAll(codes);
        changed.put(facet, values);
        return new SearchFilters(changed, statuses, organisation, availableOn, validOn, updatedSince);
    }

    /** The codes asked for in one dimension; empty when it is open. */
    public Set<String> codes(Facet facet) {
        return codes.getOrDefault(facet, Set.of());
    }
}
