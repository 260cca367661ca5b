package fi.tarjotin.opportunity;

import fi.tarjotin.access.Caller;
import fi.tarjotin.access.ScopeService;
import fi.tarjotin.audit.AuditEntry;
import fi.tarjotin.codes.CodeLists;
import fi.tarjotin.common.AcceptsMergePatch;
import fi.tarjotin.common.MergePatchRequest;
import fi.tarjotin.common.Page;
import fi.tarjotin.common.PublicLinks;
import fi.tarjotin.common.Versions;
import fi.tarjotin.idempotency.IdempotentRequests;
import fi.tarjotin.municipality.Municipalities;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

import java.util.Map;
import java.util.UUID;

@Controller("/api/v1/opportunities")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class OpportunityController {

    private final OpportunityService service;
    private final OpportunityLifecycle lifecycle;
    private final OpportunitySearch search;
    private final ScopeService scopes;
    private final CodeLists codes;
    private final Municipalities municipalities;
    private final PublicLinks links;
    private final ListingLabels labels;

    OpportunityController(OpportunityService service, OpportunityLifecycle lifecycle, OpportunitySearch search,
                          ScopeService scopes, CodeLists codes, Municipalities municipalities, PublicLinks links,
                          ListingLabels labels) {
        this.service = service;
        this.lifecycle = lifecycle;
        this.search = search;
        this.scopes = scopes;
        this.codes = codes;
        this.municipalities = municipalities;
        this.links = links;
        this.labels = labels;
    }

    @Get
    SearchPage search(HttpRequest<?> request, Caller caller) {
        SearchCriteria criteria = SearchCriteria.parse(request.getParameters(), codes, municipalities)
                .inLanguage(request.getHeaders().get(HttpHeaders.ACCEPT_LANGUAGE));
        OpportunitySearch.Result result = search.search(criteria, scopes.of(caller));
        String nextLink = result.next() == null ? null
                : links.withQuery(request, Map.of("cursor", result.next().encode()));
        return SearchPage.of(labels.label(new Page<>(result.items(), nextLink, result.count())), result.facets());
    }

    @Post
    HttpResponse<OpportunityView> create(HttpRequest<?> request, Caller caller, @Body OpportunityDraft draft,
                                         @Nullable @Header("Idempotency-Key") String idempotencyKey) {
        IdempotentRequests.Outcome<OpportunityView> created = service.create(caller, draft, idempotencyKey);
        return created.created(links.to(request, "/api/v1/opportunities/" + created.value().id()))
                .header(HttpHeaders.ETAG, Versions.etag(created.value().version()));
    }

    @Get("/{id}")
    HttpResponse<OpportunityView> get(UUID id, Caller caller) {
        return withEtag(service.get(caller, id));
    }

    @Patch("/{id}")
    @AcceptsMergePatch
    HttpResponse<OpportunityView> update(UUID id, Caller caller, @Body MergePatchRequest patch,
                                         @Nullable @Header(HttpHeaders.IF_MATCH) String ifMatch) {
        return withEtag(service.update(caller, id, patch, ifMatch));
    }

    @Delete("/{id}")
    HttpResponse<Void> delete(UUID id, Caller caller, @Nullable @Header(HttpHeaders.IF_MATCH) String ifMatch) {
        lifecycle.delete(caller, id, ifMatch);
        return HttpResponse.noContent();
    }

    @Post("/{id}/publish")
    HttpResponse<OpportunityView> publish(UUID id, Caller caller, @Nullable @Header(HttpHeaders.IF_MATCH) String ifMatch) {
        return withEtag(lifecycle.transition(caller, id, OpportunityStatus.Action.PUBLISH, ifMatch));
    }

    @Post("/{id}/close")
    HttpResponse<OpportunityView> close(UUID id, Caller caller, @Nullable @Header(HttpHeaders.IF_MATCH) String ifMatch) {
        return withEtag(lifecycle.transition(caller, id, OpportunityStatus.Action.CLOSE, ifMatch));
    }

    @Post("/{id}/reopen")
    HttpResponse<OpportunityView> reopen(UUID id, Caller caller, @Nullable @Header(HttpHeaders.IF_MATCH) String ifMatch) {
        return withEtag(lifecycle.transition(caller, id, OpportunityStatus.Action.REOPEN, ifMatch));
    }

    @Post("/{id}/archive")
    HttpResponse<OpportunityView> archive(UUID id, Caller caller, @Nullable @Header(HttpHeaders.IF_MATCH) String ifMatch) {
        return withEtag(lifecycle.transition(caller, id, OpportunityStatus.Action.ARCHIVE, ifMatch));
    }

    @Get("/{id}/history")
    Page<AuditEntry> history(UUID id, Caller caller) {
        return Page.of(service.history(caller, id));
    }

    private static HttpResponse<OpportunityView> withEtag(OpportunityView view) {
        return HttpResponse.ok(view).header(HttpHeaders.ETAG, Versions.etag(view.version()));
    }
}
