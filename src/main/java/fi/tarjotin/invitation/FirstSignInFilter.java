package fi.tarjotin.invitation;

import fi.tarjotin.access.Caller;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.authentication.Authentication;

/**
 * Turns an open invitation into membership on the invited person's first signed-in request, before the
 * request's own scope is read, so that their very first call already sees their organisation.
 */
@ServerFilter("/api/**")
class FirstSignInFilter implements Ordered {

    private final InvitationService invitations;

    FirstSignInFilter(InvitationService invitations) {
        this.invitations = invitations;
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }

    @RequestFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    void acceptInvitation(HttpRequest<?> request) {
        request.getUserPrincipal(Authentication.class).map(Caller::of)
                .filter(Caller::delegated)
                .ifPresent(invitations::acceptOnSignIn);
    }
}
