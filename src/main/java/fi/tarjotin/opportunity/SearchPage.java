package fi.tarjotin.opportunity;

import fi.tarjotin.common.Page;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.Map;

/**
 * A page of search results in the list shape of every collection ({@code value}, {@code nextLink},
 * {@code nextCursor}, {@code count}),
 * with the counts per filter value when {@code facets} asked for them.
 */
@Serdeable
record SearchPage(List<OpportunityListItem> value, @Nullable String nextLink, @Nullable String nextCursor,
                  @Nullable Long count, @Nullable Map<String, List<OpportunitySearch.FacetCount>> facets) {

    /** The labelled page with the counts beside it. */
    static SearchPage of(Page<OpportunityListItem> page, @Nullable Map<String, List<OpportunitySearch.FacetCount>> facets) {
        return new SearchPage(page.value(), page.nextLink(), page.nextCursor(), page.count(), facets);
    }
}
