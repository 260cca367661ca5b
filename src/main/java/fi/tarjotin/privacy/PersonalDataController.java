package fi.tarjotin.privacy;

import fi.tarjotin.access.Caller;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;

/**
 * An admin answers a person's request to see or erase their data. The address travels in the body, not
 * the URL, so that it never lands in access logs.
 */
@Controller("/api/v1/admin/personal-data")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class PersonalDataController {

    /** Whose data: their e-mail address, their Entra identity (tenant id and object id), or both. */
    @Serdeable
    record PersonRequest(@Nullable String email, @Nullable String tenantId, @Nullable String objectId) {
    }

    private final PersonalDataService service;

    PersonalDataController(PersonalDataService service) {
        this.service = service;
    }

    @Post("/export")
    PersonalData export(Caller caller, @Body PersonRequest request) {
        return service.export(caller, request);
    }

    @Post("/erase")
    PersonalData.Erasure erase(Caller caller, @Body PersonRequest request) {
        return service.erase(caller, request);
    }
}
