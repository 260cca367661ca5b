package fi.tarjotin.opportunity;

import fi.tarjotin.access.Caller;
import fi.tarjotin.access.ScopeService;
import fi.tarjotin.common.Cursor;
import fi.tarjotin.common.Dates;
import fi.tarjotin.common.Page;
import fi.tarjotin.common.PageSize;
import fi.tarjotin.common.PublicLinks;
import fi.tarjotin.error.BadRequestException;
import fi.tarjotin.error.ErrorCode;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/**
 * The changes feed: listings changed after a moment, newest first, in the latest state the caller may
 * see (readers: published ones only). A flow or a sync job keeps the newest {@code updatedAt} it saw and
 * asks again with it as {@code since}.
 */
@Controller("/api/v1/opportunities/changes")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class OpportunityChangesController {

    private final OpportunitySearch search;
    private final ScopeService scopes;
    private final PublicLinks links;
    private final ListingLabels labels;

    OpportunityChangesController(OpportunitySearch search, ScopeService scopes, PublicLinks links, ListingLabels labels) {
        this.search = search;
        this.scopes = scopes;
        this.links = links;
        this.labels = labels;
    }

    @Get
    Page<OpportunityListItem> changes(HttpRequest<?> request, Caller caller, @Nullable @QueryValue String since,
                                     @Nullable @QueryValue String top, @Nullable @QueryValue String cursor) {
        SearchCriteria.Sort sort = SearchCriteria.Sort.NEWEST;
        Cursor position = cursor == null ? null : Cursor.decode(cursor, 3);
        if (position != null && !position.values().get(0).equals(sort.parameter)) {
            throw new BadRequestException(ErrorCode.INVALID_CURSOR, "cursor");
        }
        // updated_at is kept to the millisecond: one millisecond on makes "after since" exclusive.
        SearchCriteria criteria = new SearchCriteria(List.of(), List.of(), List.of(), List.of(), List.of(), null,
                EnumSet.allOf(OpportunityStatus.class), List.of(), false, null, since(since).plusMillis(1), sort,
                PageSize.of(top, SearchCriteria.DEFAULT_TOP, SearchCriteria.MAX_TOP).value(), position, false);
        OpportunitySearch.Result result = search.search(criteria, scopes.of(caller));
        String nextLink = result.next() == null ? null
                : links.withQuery(request, Map.of("cursor", result.next().encode()));
        return labels.label(new Page<>(result.items(), nextLink, null));
    }

    private static Instant since(@Nullable String value) {
        if (value == null || value.isBlank()) {
            throw new BadRequestException(ErrorCode.REQUIRED, "since");
        }
        return Dates.instantParameter(value, "since");
    }
}
