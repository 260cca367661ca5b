package fi.tarjotin.municipality;

import fi.tarjotin.access.Caller;
import fi.tarjotin.access.PersonDraft;
import fi.tarjotin.idempotency.IdempotentRequests;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Header;
import fi.tarjotin.common.Page;
import fi.tarjotin.common.PublicLinks;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

import java.util.List;
import java.util.UUID;

@Controller("/api/v1/municipalities/{code}/coordinators")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class CoordinatorController {

    private final CoordinatorService coordinators;
    private final PublicLinks links;

    private final IdempotentRequests idempotency;

    CoordinatorController(CoordinatorService coordinators, PublicLinks links, IdempotentRequests idempotency) {
        this.coordinators = coordinators;
        this.links = links;
        this.idempotency = idempotency;
    }

    @Get
    Page<CoordinatorView> list(Caller caller, String code) {
        return Page.of(coordinators.list(caller, code));
    }

    @Get("/{id}")
    CoordinatorView get(Caller caller, String code, UUID id) {
        return coordinators.get(caller, code, id);
    }

    @Post
    HttpResponse<CoordinatorView> add(Caller caller, HttpRequest<?> request, String code, @Body PersonDraft body,
                                      @Nullable @Header("Idempotency-Key") String idempotencyKey) {
        // The municipality is part of the request: one key on another municipality is another request.
        IdempotentRequests.Outcome<CoordinatorView> added = idempotency.create(caller, idempotencyKey,
                List.of(code, body), () -> coordinators.add(caller, code, body), CoordinatorView::id,
                id -> coordinators.get(caller, code, id));
        return added.created(links.to(request, "/api/v1/municipalities/" + added.value().municipalityCode()
                + "/coordinators/" + added.value().id()));
    }

    @Delete("/{id}")
    @Status(HttpStatus.NO_CONTENT)
    void remove(Caller caller, String code, UUID id) {
        coordinators.remove(caller, code, id);
    }
}
