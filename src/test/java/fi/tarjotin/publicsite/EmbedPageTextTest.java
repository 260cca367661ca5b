package fi.tarjotin.publicsite;

import fi.tarjotin.support.Api;
import fi.tarjotin.support.ApiResponse;
import fi.tarjotin.support.CatalogueFixture;
import fi.tarjotin.support.Person;
import fi.tarjotin.support.TestEnvironment;
import fi.tarjotin.support.TestTokens;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The words and numbers of the public pages: counts in the singular and plural of each language, numbers as
 * each language writes them, and every municipality of a listing under its place. The catalogue: one listing
 * offered in Lieksa (422) and Nurmes (541), 37.5 hours a week, and one more in Nurmes only.
 */
@MicronautTest
class EmbedPageTextTest extends TestEnvironment {

    @Inject
    Api api;
    @Inject
    CatalogueFixture fixture;

    String shared;

    @BeforeAll
    void aCatalogue() {
        UUID org = fixture.anAssociation("Pielisen Työpaja ry", "422", "541");
        String editor = TestTokens.v2().editor().as(fixture.editorOf(org, Person.named("Paula Paja"))).sign();
        shared = publish(editor, CatalogueFixture.aWorkTrial(org, "Kahvilatyö Pielisen rannalla", "422", "541")
                .replace("\"hoursPerWeek\":20", "\"hoursPerWeek\":37.5"));
        publish(editor, CatalogueFixture.aWorkTrial(org, "Kierrätysmyymälä Nurmeksessa", "541"));
    }

    @Test
    void theCountOfListingsIsInTheSingularForOneAndInThePluralForMany() {
        Map<String, List<String>> expected = Map.of(
                "fi", List.of("Löytyi 1 mahdollisuus.", "Löytyi 2 mahdollisuutta."),
                "sv", List.of("1 möjlighet hittades.", "2 möjligheter hittades."),
                "en", List.of("1 opportunity found.", "2 opportunities found."));
        expected.forEach((lang, texts) -> {
            String lieksa = api.anonymous().get("/embed/422?lang=" + lang).body();
            assertTrue(lieksa.contains(">" + texts.get(0) + "<"), lang + ": " + lieksa);
            String nurmes = api.anonymous().get("/embed/541?lang=" + lang).body();
            assertTrue(nurmes.contains(">" + texts.get(1) + "<"), lang + ": " + nurmes);
        });
    }

    @Test
    void hoursAreWrittenWithADecimalCommaInFinnishAndSwedishAndAPointInEnglish() {
        Map<String, String> expected = Map.of("fi", "<dd>37,5</dd>", "sv", "<dd>37,5</dd>", "en", "<dd>37.5</dd>");
        expected.forEach((lang, hours) -> {
            String page = api.anonymous().get("/embed/422/opportunities/" + shared + "?lang=" + lang).body();
            assertTrue(page.contains(hours), lang + ": " + page);
        });
        String finnish = api.anonymous().get("/embed/541/opportunities/" + shared + "?lang=fi").body();
        assertTrue(!finnish.contains("37.5"), finnish);
    }

    @Test
    void aListingInTwoMunicipalitiesShowsBothUnderItsPlace() {
        for (String path : List.of("/embed/422?lang=fi", "/embed/541?lang=sv",
                "/embed/422/opportunities/" + shared + "?lang=en", "/embed/541/opportunities/" + shared + "?lang=fi")) {
            String page = api.anonymous().get(path).body();
            assertTrue(page.contains("<dd>Lieksa, Nurmes</dd>"), path + ": " + page);
        }
        // The street address is still there on the listing's own page, under a term of its own.
        String listing = api.anonymous().get("/embed/541/opportunities/" + shared + "?lang=fi").body();
        assertTrue(listing.contains("<dd>Kirkkokatu 12, 75500 Nurmes</dd>"), listing);
    }

    @Test
    void thePublicJsonAndHsdsKeepEveryMunicipalityOfAListing() {
        ApiResponse json = api.anonymous().get("/public/v1/opportunities/" + shared);
        assertEquals(List.of("422", "541"), texts(json.at("municipalityCodes")));
        ApiResponse lieksa = api.anonymous().get("/public/v1/municipalities/422/opportunities");
        assertEquals(List.of("422", "541"), texts(lieksa.items().get(0).get("municipalityCodes")));
        ApiResponse hsds = api.anonymous().get("/hsds/services/" + shared);
        List<String> areas = new ArrayList<>();
        hsds.at("service_areas").values().forEach(a -> areas.add(a.get("name").getStringValue()));
        assertEquals(List.of("Lieksa", "Nurmes"), areas);
        ApiResponse services = api.anonymous().get("/hsds/services");
        List<String> ids = new ArrayList<>();
        services.at("contents").values().forEach(c -> ids.add(c.get("id").getStringValue()));
        assertEquals(2, ids.stream().distinct().count(), "each listing once: " + ids);
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.values().forEach(n -> texts.add(n.getStringValue()));
        return texts;
    }

    private String publish(String editor, String body) {
        ApiResponse created = api.as(editor).post("/api/v1/opportunities", body);
        assertEquals(201, created.status(), created.body());
        String id = created.text("id");
        assertEquals(200, api.as(editor).post("/api/v1/opportunities/" + id + "/publish", null).status());
        return id;
    }
}
