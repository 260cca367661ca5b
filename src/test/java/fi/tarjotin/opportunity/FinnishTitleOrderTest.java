package fi.tarjotin.opportunity;

import fi.tarjotin.support.Api;
import fi.tarjotin.support.CatalogueFixture;
import fi.tarjotin.support.Person;
import fi.tarjotin.support.TestEnvironment;
import fi.tarjotin.support.TestTokens;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static fi.tarjotin.support.CatalogueFixture.aWorkTrial;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Listings sorted by title come in Finnish alphabetical order: case ignored, å, ä and ö after z. */
@MicronautTest(transactional = false)
class FinnishTitleOrderTest extends TestEnvironment {

    private static final List<String> IN_FINNISH_ORDER = List.of("aalto", "Bravo", "Éclair", "Zeta", "Ähtärin", "Öljy");

    @Inject
    Api api;
    @Inject
    CatalogueFixture fixture;

    String editor;

    @BeforeAll
    void setUp() {
        UUID seura = fixture.anAssociation("Outokummun Seura ry", "309");
        editor = TestTokens.v2().editor().as(fixture.editorOf(seura, Person.named("Sanna Seura"))).sign();
        for (String title : List.of("Öljy", "Zeta", "aalto", "Ähtärin", "Bravo", "Éclair")) {
            assertEquals(201, api.as(editor).post("/api/v1/opportunities", aWorkTrial(seura, title, "309")).status());
        }
    }

    private List<String> titles(String sort) {
        return api.as(editor).get("/api/v1/opportunities?municipality=309&status=DRAFT&sort=" + sort).items().stream()
                .map(i -> i.get("title").get("fi").getStringValue()).toList();
    }

    @Test
    void sortByTitleIsFinnishAlphabeticalOrder() {
        assertEquals(IN_FINNISH_ORDER, titles("title"));
    }

    @Test
    void sortByTitleDescendingIsItsReverse() {
        List<String> reversed = new ArrayList<>(IN_FINNISH_ORDER);
        java.util.Collections.reverse(reversed);
        assertEquals(reversed, titles("-title"));
    }

    @Test
    void pagesOfTwoFollowTheSameOrder() {
        List<String> seen = new ArrayList<>();
        String next = "/api/v1/opportunities?municipality=309&status=DRAFT&sort=title&top=2";
        while (next != null) {
            var page = api.as(editor).get(next);
            page.items().forEach(i -> seen.add(i.get("title").get("fi").getStringValue()));
            var link = page.at("nextLink");
            next = link == null || link.isNull() ? null : link.getStringValue().replaceFirst("^https?://[^/]+", "");
        }
        assertEquals(IN_FINNISH_ORDER, seen);
    }
}
