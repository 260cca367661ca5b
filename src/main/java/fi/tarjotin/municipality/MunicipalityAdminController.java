package fi.tarjotin.municipality;

import fi.tarjotin.access.Caller;
import fi.tarjotin.common.PublicLinks;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
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

    MunicipalityAdminController(MunicipalityAdministration administration, PublicLinks links) {
        this.administration = administration;
        this.links = links;
    }

    @Post
    HttpResponse<MunicipalityView> create(Caller caller, HttpRequest<?> request, @Body MunicipalityDraft body) {
        MunicipalityView created = administration.create(caller, body);
        return HttpResponse.created(created, links.to(request, "/api/v1/municipalities/" + created.code()));
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
