package fi.tarjotin.publicsite;

import fi.tarjotin.error.BadRequestException;
import fi.tarjotin.error.ErrorCode;
import fi.tarjotin.error.NotFoundException;
import fi.tarjotin.opportunity.OpportunityView;
import fi.tarjotin.opportunity.PublishedOpportunities;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.UUID;

/**
 * An Open Referral HSDS 3.1 view of the published catalogue, for national and third-party directories:
 * each listing is a service, each organisation with published listings an organization. HSDS has no
 * multilingual text: {@code lang} (fi, sv, en; default fi) chooses the language, Finnish where a text
 * has no translation. Ids of the nested records are derived from the listing id, so they are stable.
 */
@Controller("/hsds")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class HsdsController {

    static final String VERSION = "3.1";
    private static final String JSON = "application/json";
    private static final int DEFAULT_PER_PAGE = 50;
    private static final int MAX_PER_PAGE = 200;

    private final HsdsCatalogue catalogue;
    private final HsdsRecords records;
    private final PublishedOpportunities published;
    private final PublicResponses responses;
    private final JsonMapper json;

    HsdsController(HsdsCatalogue catalogue, HsdsRecords records, PublishedOpportunities published,
                   PublicResponses responses, JsonMapper json) {
        this.catalogue = catalogue;
        this.records = records;
        this.published = published;
        this.responses = responses;
        this.json = json;
    }

    @Get
    HttpResponse<String> about(HttpRequest<?> request) {
        return responses.respond(request, () -> ok(HsdsRecords.object(
                "version", VERSION,
                "profile", "https://github.com/openreferral/specification/tree/" + VERSION,
                "openapi_url", "https://raw.githubusercontent.com/openreferral/specification/" + VERSION
                        + "/schema/openapi.json")));
    }

    @Get("/services")
    HttpResponse<String> services(HttpRequest<?> request) {
        String lang = PageLanguage.of(request.getParameters().get("lang")).code();
        int page = number(request, "page", 1, Integer.MAX_VALUE, 1);
        int perPage = number(request, "per_page", 1, MAX_PER_PAGE, DEFAULT_PER_PAGE);
        return responses.respond(request, () -> ok(HsdsRecords.page(page, perPage, catalogue.countServices(),
                catalogue.services(page, perPage), row -> records.serviceSummary(row, lang, request))));
    }

    @Get("/services/{id}")
    HttpResponse<String> service(UUID id, HttpRequest<?> request) {
        String lang = PageLanguage.of(request.getParameters().get("lang")).code();
        return responses.respond(request, () -> {
            OpportunityView v = published.find(id).orElseThrow(NotFoundException::new);
            return ok(records.service(v, lang, request));
        });
    }

    @Get("/organizations")
    HttpResponse<String> organizations(HttpRequest<?> request) {
        String lang = PageLanguage.of(request.getParameters().get("lang")).code();
        int page = number(request, "page", 1, Integer.MAX_VALUE, 1);
        int perPage = number(request, "per_page", 1, MAX_PER_PAGE, DEFAULT_PER_PAGE);
        return responses.respond(request, () -> ok(HsdsRecords.page(page, perPage, catalogue.countOrganisations(),
                catalogue.organisations(page, perPage), row -> records.organization(row, lang))));
    }

    private static int number(HttpRequest<?> request, String name, int min, int max, int fallback) {
        String value = request.getParameters().get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new BadRequestException(ErrorCode.OUT_OF_RANGE, name);
    }

    private PublicResponses.Rendered ok(Map<String, Object> body) {
        try {
            return PublicResponses.Rendered.ok(JSON, json.writeValueAsString(body));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
