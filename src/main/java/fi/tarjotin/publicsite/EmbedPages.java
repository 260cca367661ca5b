package fi.tarjotin.publicsite;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.views.thymeleaf.ThymeleafViewsRenderer;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/** The frame of every embedded page: language, title, stylesheet and links, rendered with its security headers. */
@Singleton
class EmbedPages {

    private static final String HTML = "text/html;charset=utf-8";

    private final EmbedSecurity security;
    private final ThymeleafViewsRenderer<Map<String, Object>> views;

    EmbedPages(EmbedSecurity security, ThymeleafViewsRenderer<Map<String, Object>> views) {
        this.security = security;
        this.views = views;
    }

    /** The page of a municipality or listing that is not there (or not published). */
    PublicResponses.Rendered notFound(PageLanguage language, HttpRequest<?> request) {
        return problem(HttpStatus.NOT_FOUND, language, "notfound", null, null, request);
    }

    /** A page that explains a problem, with a way back where there is one. */
    PublicResponses.Rendered problem(HttpStatus status, PageLanguage language, String key,
                                             @Nullable String backHref, @Nullable String code, HttpRequest<?> request) {
        Map<String, Object> model = page(language, language.text(key + ".title"), other -> null);
        model.put("heading", language.text(key + ".title"));
        model.put("text", language.text(key + ".text"));
        model.put("backHref", backHref);
        return html(status, "embed/problem", model, code, request);
    }

    /** What every page shows: language, title, stylesheet, the language switch and the statement link. */
    Map<String, Object> page(PageLanguage language, String title,
                                     java.util.function.Function<String, String> sameInLanguage) {
        Map<String, Object> model = new HashMap<>();
        model.put("lang", language.code());
        model.put("t", language);
        model.put("title", title);
        model.put("css", security.css());
        model.put("statementHref", EmbedPaths.accessibility(language.code()));
        model.put("languages", PageLanguage.SUPPORTED.stream()
                .map(c -> new EmbedModels.LanguageLink(c, PageLanguage.ownName(c), sameInLanguage.apply(c),
                        c.equals(language.code())))
                .toList());
        return model;
    }

    /** The view rendered with the model, with the page's security policy and language. */
    PublicResponses.Rendered html(HttpStatus status, String view, Map<String, Object> model,
                                          @Nullable String municipalityCode, HttpRequest<?> request) {
        StringWriter out = new StringWriter();
        try {
            views.render(view, model, request).writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new PublicResponses.Rendered(status, HTML, out.toString(), Map.of(
                "Content-Security-Policy", security.policy(municipalityCode),
                "Content-Language", (String) model.get("lang")));
    }
}
