package fi.tarjotin.opportunity;

import fi.tarjotin.access.Scope;
import fi.tarjotin.common.Cursor;
import fi.tarjotin.common.LocalisedText;
import fi.tarjotin.common.SqlParameters;
import fi.tarjotin.search.ListingIndex;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Search over listings. Words go to the search index (word forms, compounds, typos, label words; relevance
 * order), which also counts per filter value; the page's rows then load from the database by id, under the
 * same visibility condition as a second guard. Without words, with text the index finds no words in (such as
 * "%"), and while the index is not ready (start-up, after a loss), the database search serves as it always did.
 */
@Singleton
class OpportunitySearch {

    /** One page of results and, if asked, the total and the counts per filter value. */
    record Result(List<OpportunitySummary> items, Cursor next, Long count,
                  @Nullable Map<String, List<FacetCount>> facets) {

        Result(List<OpportunitySummary> items, Cursor next, Long count) {
            this(items, next, count, null);
        }
    }

    /** How many listings one filter value would leave, with the value's label. */
    @Serdeable
    record FacetCount(String code, long count, LocalisedText label) {
    }

    private final ListingSearchQueries sql;
    private final IndexedSearch indexed;
    private final SearchIndexing indexing;

    OpportunitySearch(ListingSearchQueries sql, IndexedSearch indexed, SearchIndexing indexing) {
        this.sql = sql;
        this.indexed = indexed;
        this.indexing = indexing;
    }

    Result search(SearchCriteria c, Scope scope) {
        boolean words = c.text() != null && ListingIndex.understands(c.text());
        boolean textForSql = c.text() != null && !words;
        if ((words || !c.facets().isEmpty()) && !textForSql && indexing.ready()) {
            return indexed.search(c, scope, words);
        }
        return sql.search(c, scope);
    }

    /** The SQL of one page of the database search, with its arguments; visible so that its plan can be checked. */
    Query pageQuery(SearchCriteria c, Scope scope) {
        return sql.pageQuery(c, scope, null);
    }

    /** SQL text with its positional arguments. */
    static final class Query {
        final StringBuilder sql = new StringBuilder();
        final List<Object> args = new ArrayList<>();

        void append(Query other) {
            sql.append(other.sql);
            args.addAll(other.args);
        }

        /** {@code AND column IN (...)} on a {@code VARCHAR} code column; nothing for no values. */
        void in(String column, Collection<String> values) {
            if (values.isEmpty()) {
                return;
            }
            sql.append(" AND ").append(column).append(" IN (").append(SqlParameters.varchars(values.size())).append(')');
            args.addAll(values);
        }
    }
}
