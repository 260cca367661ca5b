package fi.tarjotin.publicsite;

import fi.tarjotin.codes.CodeList;
import fi.tarjotin.codes.CodeLists;
import fi.tarjotin.common.Guids;
import fi.tarjotin.error.BadRequestException;
import fi.tarjotin.municipality.Municipalities;
import fi.tarjotin.municipality.Municipality;
import fi.tarjotin.opportunity.OpportunityView;
import fi.tarjotin.opportunity.PublishedOpportunities;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.convert.ConversionService;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.simple.SimpleHttpParameters;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The page a municipality web editor embeds with one iframe, and a page per listing: server-rendered HTML
 * that needs no JavaScript, in Finnish, Swedish or English, filtered with a plain GET form.
 */
@Controller("/embed")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class EmbedController {

    private static final int PAGE_SIZE = 20;
    private static final int MAX_QUERY = 200;

    private final PublishedOpportunities published;
    private final Municipalities municipalities;
    private final CodeLists codes;
    private final EmbedPages pages;
    private final PublicResponses responses;
    private final ConversionService conversion;
    private final PublicCounts counts;
    private final String feedbackEmail;

    EmbedController(PublishedOpportunities published, Municipalities municipalities, CodeLists codes,
                    EmbedPages pages, PublicResponses responses, ConversionService conversion,
                    PublicCounts counts,
                    @Nullable @Value("${tarjotin.public-site.feedback-email:}") String feedbackEmail) {
        this.published = published;
        this.municipalities = municipalities;
        this.codes = codes;
        this.pages = pages;
        this.responses = responses;
        this.conversion = conversion;
        this.counts = counts;
        this.feedbackEmail = feedbackEmail == null || feedbackEmail.isBlank() ? null : feedbackEmail.strip();
    }

    @Get("/accessibility")
    HttpResponse<String> accessibility(HttpRequest<?> request, @Nullable String lang) {
        PageLanguage language = PageLanguage.of(lang);
        return responses.respond(request, () -> {
            Map<String, Object> model = pages.page(language, language.text("a11y.title"),
                    code -> EmbedPaths.accessibility(code));
            model.put("feedbackEmail", feedbackEmail);
            return pages.html(HttpStatus.OK, "embed/accessibility", model, null, request);
        });
    }

    @Get("/{code}")
    HttpResponse<String> municipality(String code, HttpRequest<?> request, @Nullable String lang) {
        PageLanguage language = PageLanguage.of(lang);
        return responses.respond(request, () -> municipalities.find(code)
                .map(m -> list(m, language, request))
                .orElseGet(() -> pages.notFound(language, request)));
    }

    @Get("/{code}/opportunities/{id}")
    HttpResponse<String> listing(String code, String id, HttpRequest<?> request, @Nullable String lang) {
        PageLanguage language = PageLanguage.of(lang);
        return responses.respond(request, () -> {
            Optional<Municipality> municipality = municipalities.find(code);
            Optional<OpportunityView> view = municipality.flatMap(m -> Guids.parse(id)).flatMap(published::find)
                    .filter(v -> v.municipalityCodes().contains(code));
            if (view.isEmpty()) {
                return pages.notFound(language, request);
            }
            return detail(municipality.get(), view.get(), language, request);
        });
    }

    private PublicResponses.Rendered list(Municipality m, PageLanguage language, HttpRequest<?> request) {
        String lang = language.code();
        String type = known(CodeList.OPPORTUNITY_TYPES, request.getParameters().get("type"));
        String group = known(CodeList.TARGET_GROUPS, request.getParameters().get("targetGroup"));
        String q = request.getParameters().get("q");
        q = q == null || q.isBlank() ? null : q.strip().substring(0, Math.min(q.strip().length(), MAX_QUERY));
        Map<CharSequence, List<String>> query = new LinkedHashMap<>();
        query.put("top", List.of(Integer.toString(PAGE_SIZE)));
        param(query, "type", type);
        param(query, "targetGroup", group);
        param(query, "q", q);
        param(query, "lang", lang);
        param(query, "cursor", request.getParameters().get("cursor"));
        PublishedOpportunities.Found found;
        long count;
        try {
            found = published.search(m.code(), new SimpleHttpParameters(query, conversion));
            PublicQuery counted = PublicQuery.of(new SimpleHttpParameters(query, conversion));
            count = counts.of(counted.countKey(m.code()),
                    () -> published.search(m.code(), counted.counting(conversion)).count());
        } catch (BadRequestException badCursor) {
            return pages.problem(HttpStatus.BAD_REQUEST, language, "badrequest", EmbedPaths.municipality(m.code(), lang),
                    m.code(), request);
        }
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("lang", lang);
        filter(filters, "type", type);
        filter(filters, "targetGroup", group);
        filter(filters, "q", q);
        Map<String, Object> model = pages.page(language, language.t("page.title", EmbedModels.municipalityName(m, lang)),
                other -> href("/embed/" + m.code(), withLanguage(filters, other)));
        model.put("heading", language.t("page.title", EmbedModels.municipalityName(m, lang)));
        model.put("action", "/embed/" + m.code());
        model.put("types", EmbedModels.options(codes, CodeList.OPPORTUNITY_TYPES, type == null ? List.of() : List.of(type), lang));
        model.put("targetGroups", EmbedModels.options(codes, CodeList.TARGET_GROUPS, group == null ? List.of() : List.of(group), lang));
        model.put("q", q);
        model.put("filtered", type != null || group != null || q != null);
        model.put("resetHref", EmbedPaths.municipality(m.code(), lang));
        model.put("cards", found.items().stream()
                .map(s -> EmbedModels.card(s, EmbedPaths.listing(m.code(), s.id(), lang), language, codes, municipalities)).toList());
        model.put("countText", count == 0 ? language.text("results.none") : language.t("results.count", count));
        if (found.next() != null) {
            Map<String, String> next = new LinkedHashMap<>(filters);
            next.put("cursor", found.next().encode());
            model.put("nextHref", href("/embed/" + m.code(), next));
        } else {
            model.put("nextHref", null);
        }
        return pages.html(HttpStatus.OK, "embed/list", model, m.code(), request);
    }

    private PublicResponses.Rendered detail(Municipality m, OpportunityView v, PageLanguage language,
                                            HttpRequest<?> request) {
        String lang = language.code();
        EmbedModels.Text heading = EmbedModels.Text.of(v.title(), lang);
        Map<String, Object> model = pages.page(language, heading.value() + " – " + EmbedModels.municipalityName(m, lang),
                other -> EmbedPaths.listing(m.code(), v.id(), other));
        model.put("heading", heading);
        model.put("summary", EmbedModels.Text.of(v.summary(), lang));
        model.put("facts", EmbedModels.facts(v, language, codes, municipalities));
        model.put("sections", EmbedModels.sections(v, language));
        model.put("contact", EmbedModels.contact(v));
        model.put("backHref", EmbedPaths.municipality(m.code(), lang));
        return pages.html(HttpStatus.OK, "embed/listing", model, m.code(), request);
    }

    private @Nullable String known(CodeList list, @Nullable String code) {
        return code != null && codes.contains(list, code) ? code : null;
    }

    private static void param(Map<CharSequence, List<String>> query, String name, @Nullable String value) {
        if (value != null) {
            query.put(name, List.of(value));
        }
    }

    private static void filter(Map<String, String> filters, String name, @Nullable String value) {
        if (value != null) {
            filters.put(name, value);
        }
    }

    private static Map<String, String> withLanguage(Map<String, String> filters, String lang) {
        Map<String, String> copy = new LinkedHashMap<>(filters);
        copy.put("lang", lang);
        return copy;
    }

    private static String href(String path, Map<String, String> query) {
        StringBuilder href = new StringBuilder(path);
        char separator = '?';
        for (Map.Entry<String, String> e : query.entrySet()) {
            href.append(separator).append(e.getKey()).append('=')
                    .append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
            separator = '&';
        }
        return href.toString();
    }
}
