package fi.tarjotin.observability;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Test only: logs from inside a request on a blocking thread, as services do, to see the request's MDC. */
@Requires(property = LogProbeController.ENABLED)
@Controller("/test-log-probe")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class LogProbeController {

    static final String ENABLED = "tarjotin.test.log-probe";
    static final Logger LOG = LoggerFactory.getLogger(LogProbeController.class);

    @Get
    @Status(HttpStatus.NO_CONTENT)
    void probe() {
        LOG.warn("probe inside the request");
    }
}
