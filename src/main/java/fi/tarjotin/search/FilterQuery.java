package fi.tarjotin.search;

import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Puts together the whole query of a search: the words (scored) with the filters and the caller's scope
 * (not scored). The scope is a filter like the others, so hits, totals and counts all respect it.
 */
final class FilterQuery {

    private FilterQuery() {
    }

    /**
     * The query of a search; with {@code open} set, that dimension's own filter is left out (for its counts).
     */
    static Query of(Query text, SearchFilters filters, SearchScope scope, Facet open) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        query.add(text == null ? new MatchAllDocsQuery() : text, Occur.MUST);
        if (!filters.statuses().isEmpty()) {
            query.add(anyOf(ListingFields.STATUS, filters.statuses()), Occur.FILTER);
        }
        for (Facet facet : Facet.values()) {
            if (facet != open && !filters.codes(facet).isEmpty()) {
                query.add(anyOf(facet.field(), filters.codes(facet)), Occur.FILTER);
            }
        }
        if (filters.organisation() != null) {
            query.add(new TermQuery(new Term(ListingFields.OFFERED_BY, filters.organisation().toString())),
                    Occur.FILTER);
        }
        if (filters.availableOn() != null) {
            query.add(IntPoint.newRangeQuery(ListingFields.CAPACITY, 1, Integer.MAX_VALUE), Occur.FILTER);
            query.add(LongPoint.newRangeQuery(ListingFields.DEADLINE, filters.availableOn().toEpochDay(),
                    Long.MAX_VALUE), Occur.FILTER);
        }
        if (filters.validOn() != null) {
            long day = filters.validOn().toEpochDay();
            query.add(LongPoint.newRangeQuery(ListingFields.VALID_FROM, Long.MIN_VALUE, day), Occur.FILTER);
            query.add(LongPoint.newRangeQuery(ListingFields.VALID_TO, day, Long.MAX_VALUE), Occur.FILTER);
        }
        if (filters.updatedSince() != null) {
            query.add(LongPoint.newRangeQuery(ListingFields.UPDATED_POINT, filters.updatedSince().toEpochMilli(),
                    Long.MAX_VALUE), Occur.FILTER);
        }
        if (!scope.everything()) {
            query.add(visible(scope), Occur.FILTER);
        }
        return query.build();
    }

    private static Query visible(SearchScope scope) {
        BooleanQuery.Builder visible = new BooleanQuery.Builder();
        visible.add(new TermQuery(new Term(ListingFields.STATUS, "PUBLISHED")), Occur.SHOULD);
        if (!scope.organisationIds().isEmpty()) {
            visible.add(anyOf(ListingFields.ORGANISATION,
                    scope.organisationIds().stream().map(UUID::toString).toList()), Occur.SHOULD);
        }
        if (!scope.municipalityCodes().isEmpty()) {
            visible.add(anyOf(Facet.MUNICIPALITY.field(), scope.municipalityCodes()), Occur.SHOULD);
        }
        return visible.setMinimumNumberShouldMatch(1).build();
    }

    private static Query anyOf(String field, Collection<String> values) {
        List<BytesRef> terms = values.stream().map(BytesRef::new).toList();
        return new TermInSetQuery(field, terms);
    }
}
