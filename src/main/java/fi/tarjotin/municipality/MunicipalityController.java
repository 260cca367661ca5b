package fi.tarjotin.municipality;

import fi.tarjotin.common.Page;
import fi.tarjotin.error.NotFoundException;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

@Controller("/api/v1/municipalities")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class MunicipalityController {

    private final Municipalities municipalities;

    MunicipalityController(Municipalities municipalities) {
        this.municipalities = municipalities;
    }

    @Get
    Page<MunicipalityView> list() {
        return Page.of(municipalities.all().stream().map(MunicipalityView::of).toList());
    }

    @Get("/{code}")
    MunicipalityView get(String code) {
        return municipalities.find(code).map(MunicipalityView::of).orElseThrow(NotFoundException::new);
    }
}
