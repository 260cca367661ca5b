package fi.tarjotin.costshare;

import fi.tarjotin.access.Caller;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

import java.time.LocalDate;

@Controller("/api/v1/admin/cost-shares")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class CostShareController {

    private final CostShareService costShares;

    CostShareController(CostShareService costShares) {
        this.costShares = costShares;
    }

    @Get
    CostShareService.CostShares split(Caller caller, @Nullable @QueryValue LocalDate from, @Nullable @QueryValue LocalDate to,
                                      @Nullable @QueryValue String municipalTotal) {
        return costShares.split(caller, from, to, municipalTotal);
    }
}
