package fi.tarjotin.publicsite;

import fi.tarjotin.support.Api;
import fi.tarjotin.support.ApiResponse;
import fi.tarjotin.support.CatalogueFixture;
import fi.tarjotin.support.TestEnvironment;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest
class EmbedPageTest extends TestEnvironment {

    @Inject
    Api api;
    @Inject
    CatalogueFixture fixture;
    @Inject
    JdbcOperations jdbc;

    PublicCatalogue catalogue;

    @BeforeAll
    void aCatalogue() {
        catalogue = PublicCatalogue.create(api, fixture, jdbc);
    }

    @Test
    void finnishPageShowsPublishedListingsAndHidesDrafts() {
        ApiResponse page = api.anonymous().get("/embed/541?lang=fi");

        assertEquals(200, page.status(), page.body());
        assertTrue(page.header("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(page.body().contains("<html lang=\"fi\">"), page.body());
        assertTrue(page.body().contains("Kahvilatyö Nurmeksessa"));
        assertTrue(page.body().contains("/embed/541/opportunities/" + catalogue.kahvila + "?lang=fi"));
        assertFalse(page.body().contains("Luonnos"));
        assertFalse(page.body().contains("Joensuun kierrätyskeskus"));
        assertTrue(page.body().contains("Työkokeilu"));
        assertTrue(page.body().contains("/embed/accessibility?lang=fi"));
    }

    @Test
    void whatAnEditorTypedNeverRunsAsScript() {
        for (String path : List.of("/embed/541?lang=fi", "/embed/541/opportunities/" + catalogue.puutyo + "?lang=fi")) {
            String body = api.anonymous().get(path).body();
            assertTrue(body.contains("&lt;script&gt;alert(1)&lt;/script&gt; Puutyö"), body);
            assertFalse(body.contains("<script"), path + " contains a script element");
            assertFalse(body.contains("<img"), path + " contains an editor's element");
            assertFalse(body.contains("<b>rauhassa"), path + " contains an editor's element");
        }
        String csp = api.anonymous().get("/embed/541").header("Content-Security-Policy").orElseThrow();
        assertTrue(csp.startsWith("default-src 'none';"), csp);
        assertFalse(csp.contains("unsafe-inline"), csp);
        assertFalse(csp.contains("script-src"), csp);
    }

    @Test
    void onlyTheRegisteredWebSitesMayFrameTheMunicipalitysPages() {
        for (String path : List.of("/embed/541?lang=fi", "/embed/541/opportunities/" + catalogue.kahvila)) {
            String csp = api.anonymous().get(path).header("Content-Security-Policy").orElseThrow();
            assertTrue(csp.endsWith("frame-ancestors 'self' https://tyollisyys.nurmes.fi:8443 https://www.nurmes.fi"), csp);
        }
        String joensuu = api.anonymous().get("/embed/167").header("Content-Security-Policy").orElseThrow();
        assertTrue(joensuu.endsWith("frame-ancestors 'self'"), joensuu);
    }

    @Test
    void swedishAndEnglishPagesAreInTheirLanguage() {
        ApiResponse sv = api.anonymous().get("/embed/541?lang=sv");
        assertTrue(sv.body().contains("<html lang=\"sv\">"));
        assertTrue(sv.body().contains("Arbets- och verksamhetsmöjligheter: Nurmes"));
        assertTrue(sv.body().contains("Arbetsprövning"));
        assertTrue(sv.body().contains("Tillgänglighetsutlåtande"));
        assertEquals("sv", sv.header("Content-Language").orElse(""));
        assertTrue(sv.body().contains(">Arbetsprövning i butiken<"), sv.body());
        // A listing not translated to Swedish is shown in Finnish and marked so.
        assertTrue(sv.body().contains("lang=\"fi\">&lt;script&gt;alert(1)&lt;/script&gt; Puutyö"), sv.body());

        ApiResponse en = api.anonymous().get("/embed/541/opportunities/" + catalogue.kahvila + "?lang=en");
        assertTrue(en.body().contains("<html lang=\"en\">"));
        assertTrue(en.body().contains("Places available"));
        assertTrue(en.body().contains("mailto:tyovalmennus@example.fi"));
        assertFalse(en.body().contains(PublicCatalogue.CONTACT_NAME));
        assertTrue(api.anonymous().get("/embed/541?lang=xx").body().contains("<html lang=\"fi\">"));
    }

    @Test
    void filtersWorkAsAPlainGetForm() {
        String workTrials = api.anonymous().get("/embed/541?lang=fi&type=WORK_TRIAL&targetGroup=&q=").body();
        assertTrue(workTrials.contains("Kahvilatyö Nurmeksessa"));
        assertFalse(workTrials.contains("Puutyö"));
        assertTrue(workTrials.contains("<option value=\"WORK_TRIAL\" selected=\"selected\">"), workTrials);
        String youth = api.anonymous().get("/embed/541?lang=fi&targetGroup=YOUTH").body();
        assertTrue(youth.contains("Puutyö"));
        assertFalse(youth.contains("Kahvilatyö Nurmeksessa"));
        String unknownCodesAreIgnored = api.anonymous().get("/embed/541?type=%3Cscript%3E").body();
        assertTrue(unknownCodesAreIgnored.contains("Kahvilatyö Nurmeksessa"));
    }

    @Test
    void unknownMunicipalityDraftsAndStrangersGetAHtmlNotFoundPage() {
        for (String path : List.of("/embed/999?lang=sv", "/embed/541/opportunities/" + catalogue.draft + "?lang=sv",
                "/embed/541/opportunities/" + catalogue.joensuu + "?lang=sv", "/embed/541/opportunities/not-an-id?lang=sv")) {
            ApiResponse page = api.anonymous().get(path);
            assertEquals(404, page.status(), path);
            assertTrue(page.header("Content-Type").orElse("").startsWith("text/html"), path);
            assertTrue(page.body().contains("<html lang=\"sv\">"), path);
            assertTrue(page.body().contains("Sidan hittades inte"), path);
            assertTrue(page.header("Content-Security-Policy").isPresent(), path);
        }
    }

    @Test
    void pagesAreCacheableAndAnswerNotModified() {
        ApiResponse page = api.anonymous().get("/embed/541?lang=fi");
        String etag = page.header("ETag").orElseThrow();
        assertTrue(page.header("Cache-Control").orElse("").startsWith("public, max-age="));
        assertEquals(304, api.anonymous().header("If-None-Match", etag).get("/embed/541?lang=fi").status());
        assertTrue(page.header("Access-Control-Allow-Origin").isEmpty(), "embed pages are framed, not fetched");
    }

    @Test
    void accessibilityStatementExistsInEveryLanguage() {
        for (String lang : List.of("fi", "sv", "en")) {
            ApiResponse statement = api.anonymous().get("/embed/accessibility?lang=" + lang);
            assertEquals(200, statement.status());
            assertTrue(statement.body().contains("<html lang=\"" + lang + "\">"));
            assertTrue(statement.body().contains("306/2019"));
            assertTrue(statement.body().contains("0295 016 000"));
        }
    }
}
