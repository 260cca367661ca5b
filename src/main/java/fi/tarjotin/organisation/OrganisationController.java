package fi.tarjotin.organisation;

import fi.tarjotin.access.Caller;
import fi.tarjotin.common.AcceptsMergePatch;
import fi.tarjotin.common.MergePatchRequest;
import fi.tarjotin.common.Page;
import fi.tarjotin.common.PublicLinks;
import fi.tarjotin.idempotency.IdempotentRequests;
import fi.tarjotin.municipality.Municipalities;
import fi.tarjotin.common.Versions;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

import java.util.Map;
import java.util.UUID;

@Controller("/api/v1/organisations")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class OrganisationController {

    private final OrganisationService service;
    private final PublicLinks links;
    private final IdempotentRequests idempotency;
    private final Municipalities municipalities;

    OrganisationController(OrganisationService service, PublicLinks links, IdempotentRequests idempotency,
                           Municipalities municipalities) {
        this.service = service;
        this.links = links;
        this.idempotency = idempotency;
        this.municipalities = municipalities;
    }

    @Get
    Page<OrganisationListItem> list(HttpRequest<?> request, @Nullable @QueryValue String municipality,
                                @Nullable @QueryValue String kind, @Nullable @QueryValue String q,
                                @Nullable @QueryValue Integer top, @Nullable @QueryValue String cursor,
                                @Nullable @QueryValue String count) {
        OrganisationService.Slice slice = service.search(OrganisationCriteria.of(municipality, kind, q, top, cursor,
                count));
        String nextLink = slice.next() == null ? null
                : links.withQuery(request, Map.of("cursor", slice.next().encode()));
        return new Page<>(slice.items().stream().map(o -> OrganisationListItem.of(o, municipalities)).toList(), nextLink,
                slice.count());
    }

    /** Every organisation the caller may list for, all on one page: what the organisation dropdown offers. */
    @Get("/editable")
    Page<OrganisationChoice> editable(Caller caller) {
        return Page.of(service.editable(caller));
    }

    @Get("/{id}")
    HttpResponse<OrganisationView> get(UUID id) {
        return withEtag(HttpResponse.ok(service.get(id)));
    }

    @Post
    HttpResponse<OrganisationView> create(Caller caller, HttpRequest<?> request, @Body OrganisationDraft body,
                                          @Nullable @Header("Idempotency-Key") String idempotencyKey) {
        IdempotentRequests.Outcome<OrganisationView> created = idempotency.create(caller, idempotencyKey, body,
                () -> service.create(caller, body), OrganisationView::id, service::get);
        return withEtag(HttpResponse.created(created.value(),
                links.to(request, "/api/v1/organisations/" + created.value().id())));
    }

    @Patch("/{id}")
    @AcceptsMergePatch
    HttpResponse<OrganisationView> update(Caller caller, UUID id, @Body MergePatchRequest body,
                                          @Nullable @Header(HttpHeaders.IF_MATCH) String ifMatch) {
        return withEtag(HttpResponse.ok(service.update(caller, id, body, ifMatch)));
    }

    private static HttpResponse<OrganisationView> withEtag(
            io.micronaut.http.MutableHttpResponse<OrganisationView> response) {
        return response.header(HttpHeaders.ETAG, Versions.etag(response.body().version()));
    }
}
