package fi.tarjotin.opportunity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.Map;

/**
 * A page of search results in the list shape of every collection ({@code value}, {@code nextLink}, {@code count}),
 * with the counts per filter value when {@code facets} asked for them.
 */
@Serdeable
record SearchPage(List<OpportunitySummary> value, @Nullable String nextLink, @Nullable Long count,
                  @Nullable Map<String, List<OpportunitySearch.FacetCount>> facets) {
}
