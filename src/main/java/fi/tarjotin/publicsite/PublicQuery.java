package fi.tarjotin.publicsite;

import fi.tarjotin.error.BadRequestException;
import fi.tarjotin.error.ErrorCode;
import fi.tarjotin.opportunity.PublishedOpportunities;
import io.micronaut.core.convert.ConversionService;
import io.micronaut.http.HttpParameters;
import io.micronaut.http.simple.SimpleHttpParameters;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The public filters of a request, bounded before any search runs: at most {@value #MAX_VALUES} values per
 * filter, repeated or comma-separated alike, and a free-text {@code q} of at most {@value #MAX_QUERY}
 * characters; beyond that 400, not a longer query. Whether a count was asked for is kept apart, because a
 * count is the same for every page of the same filters (see {@link PublicCounts}).
 */
record PublicQuery(Map<String, List<String>> filters, boolean count) {

    static final int MAX_VALUES = 10;
    static final int MAX_QUERY = 200;
    private static final List<String> PAGING = List.of("top", "cursor");
    /** Filters of codes, which take repeated or comma-separated values. */
    private static final List<String> CODE_FILTERS = List.of("type", "targetGroup", "language");

    static PublicQuery of(HttpParameters query) {
        Map<String, List<String>> filters = new LinkedHashMap<>();
        for (String name : PublishedOpportunities.PUBLIC_FILTERS) {
            List<String> values = query.getAll(name);
            if (values.isEmpty() || name.equals("count")) {
                continue;
            }
            long parts = CODE_FILTERS.contains(name)
                    ? values.stream().mapToLong(v -> v.split(",", -1).length).sum() : values.size();
            if (parts > MAX_VALUES) {
                throw new BadRequestException(ErrorCode.OUT_OF_RANGE, name);
            }
            if (name.equals("q") && values.stream().anyMatch(v -> v.strip().length() > MAX_QUERY)) {
                throw new BadRequestException(ErrorCode.INVALID_LENGTH, name);
            }
            filters.put(name, List.copyOf(values));
        }
        return new PublicQuery(filters, bool(query.get("count")));
    }

    /** The parameters of the page itself, never with a count. */
    HttpParameters page(ConversionService conversion) {
        return new SimpleHttpParameters(new LinkedHashMap<>(filters), conversion);
    }

    /** The parameters of the smallest search that yields the count of these filters. */
    HttpParameters counting(ConversionService conversion) {
        Map<CharSequence, List<String>> counting = new LinkedHashMap<>(filters);
        PAGING.forEach(counting::remove);
        counting.put("top", List.of("1"));
        counting.put("count", List.of("true"));
        return new SimpleHttpParameters(counting, conversion);
    }

    /** What the count depends on: the municipality and the filters, not the page. */
    String countKey(String municipalityCode) {
        Map<String, List<String>> key = new TreeMap<>(filters);
        PAGING.forEach(key::remove);
        return municipalityCode + " " + key;
    }

    private static boolean bool(String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "true", "1" -> true;
            case "false", "0" -> false;
            default -> throw new BadRequestException(ErrorCode.INVALID_VALUE, "count");
        };
    }
}
