package fi.tarjotin.municipality;

import fi.tarjotin.access.Caller;
import fi.tarjotin.common.PublicLinks;
import fi.tarjotin.idempotency.IdempotentRequests;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

@Controller("/api/v1/admin/municipalities")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class MunicipalityAdminController {

    private final MunicipalityAdministration administration;
    private final PublicLinks links;

    private final IdempotentRequests idempotency;

    MunicipalityAdminController(MunicipalityAdministration administration, PublicLinks links,
                                IdempotentRequests idempotency) {
        this.administration = administration;
        this.links = links;
        this.idempotency = idempotency;
    }

    @Post
    HttpResponse<MunicipalityView> create(Caller caller, HttpRequest<?> request, @Body MunicipalityDraft body,
                                          @Nullable @Header("Idempotency-Key") String idempotencyKey) {
        // A municipality's id is its code, not a GUID: the key remembers a GUID named after the code, and a
        // replay (same key, so same body) reads the municipality by the body's code.
        IdempotentRequests.Outcome<MunicipalityView> created = idempotency.create(caller, idempotencyKey, body,
                () -> administration.create(caller, body), view -> MunicipalityAdministration.keyOf(view.code()),
                key -> administration.get(body.code()));
        return created.created(links.to(request, "/api/v1/municipalities/" + created.value().code()));
    }

    /** Stops the municipality's own Entra tenant from signing in (its data stays). */
    @Post("/{code}/deactivate")
    MunicipalityView deactivate(Caller caller, @PathVariable String code) {
        return administration.setActive(caller, code, false);
    }

    @Post("/{code}/activate")
    MunicipalityView activate(Caller caller, @PathVariable String code) {
        return administration.setActive(caller, code, true);
    }
}
