package fi.tarjotin.report;

import fi.tarjotin.access.Caller;
import fi.tarjotin.access.Scope;
import fi.tarjotin.access.ScopeService;
import fi.tarjotin.common.MunicipalityCode;
import fi.tarjotin.error.BadRequestException;
import fi.tarjotin.error.ErrorCode;
import fi.tarjotin.error.ForbiddenException;
import fi.tarjotin.municipality.Municipalities;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** Reports for the project's funder: admins for any municipality or the region, coordinators for theirs. */
@Controller("/api/v1/reports")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class ReportController {

    private static final String CSV = "text/csv";

    private final SummaryQueries queries;
    private final ScopeService scopes;
    private final Municipalities municipalities;
    private final Clock clock;

    ReportController(SummaryQueries queries, ScopeService scopes, Municipalities municipalities, Clock clock) {
        this.queries = queries;
        this.scopes = scopes;
        this.municipalities = municipalities;
        this.clock = clock;
    }

    /** JSON, or CSV with {@code format=csv} or {@code Accept: text/csv}; the period defaults to this year so far. */
    @Get("/summary")
    @Produces({MediaType.APPLICATION_JSON, CSV})
    HttpResponse<?> summary(Caller caller, HttpRequest<?> request, @Nullable @QueryValue String municipality,
                            @Nullable @QueryValue LocalDate from, @Nullable @QueryValue LocalDate to,
                            @Nullable @QueryValue String format) {
        MunicipalityCode asked = MunicipalityCode.parameter(municipality, "municipality");
        String code = asked == null ? null : asked.value();
        Scope scope = scopes.of(caller);
        boolean allowed = scope.isAdmin() || code != null && caller.delegated() && scope.coordinates(code);
        if (!allowed) {
            throw new ForbiddenException();
        }
        // Unknown like any other filter value (listings' municipality filter answers the same): 400 naming it.
        if (code != null && municipalities.find(code).isEmpty()) {
            throw new BadRequestException(ErrorCode.UNKNOWN_MUNICIPALITY, "municipality");
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        LocalDate start = from == null ? today.withDayOfYear(1) : from;
        LocalDate end = to == null ? today : to;
        if (end.isBefore(start)) {
            throw new BadRequestException(ErrorCode.INVALID_DATE_RANGE, "to");
        }
        Summary summary = queries.summary(code, start, end);
        if (wantsCsv(request, format)) {
            String file = "tarjotin-summary-" + (code == null ? "region" : code) + "-" + start + "-" + end + ".csv";
            return HttpResponse.ok(SummaryCsv.of(summary)).contentType(CSV + "; charset=utf-8")
                    .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file + "\"");
        }
        return HttpResponse.ok(summary).contentType(MediaType.APPLICATION_JSON_TYPE);
    }

    private static boolean wantsCsv(HttpRequest<?> request, @Nullable String format) {
        if (format != null && !format.isBlank()) {
            if (!format.equalsIgnoreCase("csv") && !format.equalsIgnoreCase("json")) {
                throw new BadRequestException(ErrorCode.UNSUPPORTED_FORMAT, "format");
            }
            return format.equalsIgnoreCase("csv");
        }
        return request.accept().stream().anyMatch(t -> t.getName().equalsIgnoreCase(CSV));
    }
}
