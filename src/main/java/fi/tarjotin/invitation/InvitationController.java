package fi.tarjotin.invitation;

import fi.tarjotin.access.Caller;
import fi.tarjotin.common.Page;
import fi.tarjotin.common.PublicLinks;
import fi.tarjotin.error.Messages;
import fi.tarjotin.idempotency.IdempotentRequests;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;

import java.util.List;
import java.util.UUID;

@Controller("/api/v1/organisations/{organisationId}/invitations")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class InvitationController {

    private final InvitationService invitations;
    private final PublicLinks links;

    private final IdempotentRequests idempotency;

    InvitationController(InvitationService invitations, PublicLinks links, IdempotentRequests idempotency) {
        this.invitations = invitations;
        this.links = links;
        this.idempotency = idempotency;
    }

    /** 202: the invitation is recorded; the directory work follows in the background. */
    @Post
    HttpResponse<InvitationView> invite(Caller caller, HttpRequest<?> request, UUID organisationId,
                                        @Valid @Body InvitationRequest body,
                                        @Nullable @Header("Idempotency-Key") String idempotencyKey) {
        String language = Messages.languageOf(request);
        // The organisation is part of the request: one key on another organisation is another request.
        IdempotentRequests.Outcome<InvitationView> invited = idempotency.create(caller, idempotencyKey,
                List.of(organisationId.toString(), body), () -> invitations.invite(caller, organisationId, body,
                        language), InvitationView::id, id -> invitations.get(caller, organisationId, id, language));
        InvitationView view = invited.value();
        var response = HttpResponse.<InvitationView>status(HttpStatus.ACCEPTED).body(view).header("Location",
                links.to(request, "/api/v1/organisations/" + organisationId + "/invitations/" + view.id()).toString());
        return invited.replayed() ? response.header("Idempotent-Replayed", "true") : response;
    }

    @Get
    Page<InvitationView> list(Caller caller, HttpRequest<?> request, UUID organisationId) {
        return Page.of(invitations.list(caller, organisationId, Messages.languageOf(request)));
    }

    @Get("/{invitationId}")
    InvitationView get(Caller caller, HttpRequest<?> request, UUID organisationId, UUID invitationId) {
        return invitations.get(caller, organisationId, invitationId, Messages.languageOf(request));
    }

    @Post("/{invitationId}/steps/{name}/complete")
    InvitationView complete(Caller caller, HttpRequest<?> request, UUID organisationId, UUID invitationId,
                            String name, @Nullable @Body StepCompletion body) {
        return invitations.completeStep(caller, organisationId, invitationId, name,
                body == null ? null : body.objectId(), Messages.languageOf(request));
    }

    /** The invited person's object id, where an administrator invited them by hand. */
    @Serdeable
    record StepCompletion(@Nullable String objectId) {
    }
}
