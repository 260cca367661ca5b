package fi.tarjotin.publicsite;

import fi.tarjotin.codes.CodeItem;
import fi.tarjotin.codes.CodeList;
import fi.tarjotin.codes.CodeLists;
import fi.tarjotin.common.Page;
import fi.tarjotin.common.PublicLinks;
import fi.tarjotin.error.NotFoundException;
import fi.tarjotin.municipality.Municipalities;
import fi.tarjotin.municipality.Municipality;
import fi.tarjotin.opportunity.PublishedOpportunities;
import io.micronaut.core.convert.ConversionService;
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
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Published listings as JSON and Atom for web developers of municipality sites: no sign-in, the API's
 * list shape and filters, cacheable and open to every origin (see {@link PublicCorsFilter}).
 */
@Controller("/public/v1")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class PublicApiController {

    private static final String JSON = "application/json";

    private final PublishedOpportunities published;
    private final Municipalities municipalities;
    private final CodeLists codes;
    private final PublicLinks links;
    private final PublicResponses responses;
    private final JsonMapper json;
    private final PublicCounts counts;
    private final ConversionService conversion;

    PublicApiController(PublishedOpportunities published, Municipalities municipalities, CodeLists codes,
                        PublicLinks links, PublicResponses responses, JsonMapper json, PublicCounts counts,
                        ConversionService conversion) {
        this.published = published;
        this.municipalities = municipalities;
        this.codes = codes;
        this.links = links;
        this.responses = responses;
        this.json = json;
        this.counts = counts;
        this.conversion = conversion;
    }

    @Get("/municipalities/{code}/opportunities")
    HttpResponse<String> list(String code, HttpRequest<?> request) {
        requireMunicipality(code);
        PublicQuery query = PublicQuery.of(request.getParameters());
        return responses.respond(request, () -> {
            PublishedOpportunities.Found found = published.search(code, query.page(conversion));
            Long count = query.count() ? counts.of(query.countKey(code),
                    () -> published.search(code, query.counting(conversion)).count()) : null;
            List<PublicListingSummary> items = found.items().stream()
                    .map(s -> PublicListingSummary.of(s, links.to(request, "/public/v1/opportunities/" + s.id()).toString(),
                            links.to(request, EmbedPaths.listing(code, s.id(), null)).toString()))
                    .toList();
            String nextLink = found.next() == null ? null
                    : links.withQuery(request, Map.of("cursor", found.next().encode()));
            return PublicResponses.Rendered.ok(JSON, write(new Page<>(items, nextLink, count)));
        });
    }

    @Get("/municipalities/{code}/opportunities.atom")
    HttpResponse<String> feed(String code, HttpRequest<?> request) {
        Municipality municipality = requireMunicipality(code);
        PageLanguage language = PageLanguage.of(request.getParameters().get("lang"));
        PublicQuery query = PublicQuery.of(request.getParameters());
        return responses.respond(request, () -> PublicResponses.Rendered.ok(AtomFeed.MEDIA_TYPE,
                AtomFeed.of(municipality, language, published.search(code, query.page(conversion)).items(),
                        request, links, codes)));
    }

    @Get("/opportunities/{id}")
    HttpResponse<String> get(UUID id, HttpRequest<?> request) {
        return responses.respond(request, () -> {
            var view = published.find(id).orElseThrow(NotFoundException::new);
            String code = view.municipalityCodes().isEmpty() ? "" : view.municipalityCodes().get(0);
            return PublicResponses.Rendered.ok(JSON,
                    write(PublicListing.of(view, links.to(request, EmbedPaths.listing(code, id, null)).toString())));
        });
    }

    /** The labels of the codes the listings carry, in Finnish, Swedish and English. */
    @Get("/codes/{list}")
    HttpResponse<String> codes(String list, HttpRequest<?> request) {
        CodeList codeList = Arrays.stream(CodeList.values()).filter(l -> l.pathName().equals(list)).findFirst()
                .orElseThrow(NotFoundException::new);
        List<CodeItem> items = codes.items(codeList);
        return responses.respond(request, () -> PublicResponses.Rendered.ok(JSON, write(Page.of(items))));
    }

    private Municipality requireMunicipality(String code) {
        return municipalities.find(code).orElseThrow(NotFoundException::new);
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
