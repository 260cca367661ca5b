package fi.tarjotin.organisation;

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

@Controller("/api/v1/organisations/{organisationId}/members")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class MemberController {

    private final MemberService members;
    private final PublicLinks links;

    private final IdempotentRequests idempotency;

    MemberController(MemberService members, PublicLinks links, IdempotentRequests idempotency) {
        this.members = members;
        this.links = links;
        this.idempotency = idempotency;
    }

    @Get
    Page<MemberView> list(Caller caller, UUID organisationId) {
        return Page.of(members.list(caller, organisationId));
    }

    @Get("/{memberId}")
    MemberView get(Caller caller, UUID organisationId, UUID memberId) {
        return members.get(caller, organisationId, memberId);
    }

    @Post
    HttpResponse<MemberView> add(Caller caller, HttpRequest<?> request, UUID organisationId,
                                 @Body PersonDraft body, @Nullable @Header("Idempotency-Key") String idempotencyKey) {
        // The organisation is part of the request: one key on another organisation is another request.
        IdempotentRequests.Outcome<MemberView> added = idempotency.create(caller, idempotencyKey,
                List.of(organisationId.toString(), body), () -> members.add(caller, organisationId, body),
                MemberView::id, id -> members.get(caller, organisationId, id));
        return added.created(links.to(request, "/api/v1/organisations/" + organisationId + "/members/"
                + added.value().id()));
    }

    @Delete("/{memberId}")
    @Status(HttpStatus.NO_CONTENT)
    void remove(Caller caller, UUID organisationId, UUID memberId) {
        members.remove(caller, organisationId, memberId);
    }
}
