package fi.tarjotin.search;

import java.util.Set;

/**
 * One search: the words typed (may be blank), the caller's language (its texts rank first), the filters, the
 * caller's scope, the dimensions to count, the page size, the position after which the page starts, and
 * whether the total must be exact (else it is exact up to a thousand, and a search can skip what cannot reach
 * the page).
 */
public record SearchRequest(String text, SearchLanguage language, SearchFilters filters, SearchScope scope,
                            Set<Facet> facets, int limit, SearchPosition after, boolean exactTotal) {

    /** A search whose total is exact. */
    public SearchRequest(String text, SearchLanguage language, SearchFilters filters, SearchScope scope,
                         Set<Facet> facets, int limit, SearchPosition after) {
        this(text, language, filters, scope, facets, limit, after, true);
    }

    public SearchRequest {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive");
        }
        text = text == null ? "" : text;
        language = language == null ? SearchLanguage.FI : language;
        facets = Set.copyOf(facets);
    }

    /** A first page of published listings for these words, in this language, with no counts. */
    public static SearchRequest of(String text, SearchLanguage language, int limit) {
        return new SearchRequest(text, language, SearchFilters.published(), SearchScope.publishedOnly(), Set.of(),
                limit, null);
    }
}
