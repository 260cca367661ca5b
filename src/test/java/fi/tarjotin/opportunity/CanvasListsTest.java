package fi.tarjotin.opportunity;

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

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static fi.tarjotin.support.CatalogueFixture.aWorkTrial;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Lists as a canvas app uses them: Power Apps ignores x-ms-pageable, so it pages by passing {@code nextCursor}
 * back as {@code cursor}, and a gallery shows the labels each row carries instead of looking codes up.
 */
@MicronautTest(transactional = false)
class CanvasListsTest extends TestEnvironment {

    @Inject
    Api api;

    @Inject
    CatalogueFixture fixture;

    private final List<String> published = new ArrayList<>();
    private String since;

    private static String admin() {
        return TestTokens.v2().as(Person.named("Aino Ylläpitäjä")).admin().sign();
    }

    @BeforeAll
    void fiveListingsInNurmesAndLieksa() {
        UUID organisation = fixture.anAssociation("Nurmeksen Kierrätys ry", "541", "422");
        since = "2020-01-01T00:00:00Z";
        for (int i = 0; i < 5; i++) {
            String id = api.as(admin()).post("/api/v1/opportunities", aWorkTrial(organisation, "Työkokeilu " + i, "541", "422"))
                    .text("id");
            api.as(admin()).post("/api/v1/opportunities/" + id + "/publish", null);
            published.add(id);
        }
    }

    /** Follows nextCursor through a list as a canvas app would, checking it is the cursor of nextLink. */
    private List<String> pageByCursor(String firstPage) {
        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            String address = firstPage + (cursor == null ? "" : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8));
            ApiResponse page = api.as(TestTokens.v2().sign()).get(address);
            assertEquals(200, page.status(), page.body());
            seen.addAll(page.ids());
            JsonNode next = page.json().get("nextCursor");
            JsonNode link = page.json().get("nextLink");
            cursor = next == null ? null : next.getStringValue();
            if (link == null) {
                assertNull(next, "no nextCursor on the last page");
            } else {
                String inLink = link.getStringValue().replaceAll(".*[?&]cursor=([^&]*).*", "$1");
                assertEquals(URLDecoder.decode(inLink, StandardCharsets.UTF_8), cursor);
            }
            pages++;
        } while (cursor != null);
        assertEquals(3, pages, firstPage);
        return seen;
    }

    @Test
    void aCanvasAppPagesSearchResultsWithNextCursorAlone() {
        List<String> seen = pageByCursor("/api/v1/opportunities?municipality=541&top=2");

        assertEquals(5, seen.stream().distinct().count());
        assertEquals(published.stream().sorted().toList(), seen.stream().sorted().toList());
    }

    @Test
    void aCanvasAppPagesTheChangesFeedAndOrganisationsWithNextCursorAlone() {
        assertEquals(5, pageByCursor("/api/v1/opportunities/changes?since=" + since + "&top=2").size());
        for (int i = 0; i < 4; i++) {
            fixture.anAssociation("Lieksan yhdistys " + i, "422");
        }
        assertEquals(5, pageByCursor("/api/v1/organisations?municipality=422&top=2").size());
    }

    @Test
    void searchRowsCarryTheLabelsOfTheirCodesInThreeLanguages() {
        JsonNode row = api.as(TestTokens.v2().sign()).get("/api/v1/opportunities?municipality=541&top=1").items().get(0);
        JsonNode labels = row.get("labels");

        assertLabel(labels.get("type"), "WORK_TRIAL", "Työkokeilu", "Arbetsprövning", "Work trial");
        assertLabel(labels.get("deliveryMode"), "ONSITE", "Paikan päällä", "På plats", "On site");
        assertLabel(labels.get("targetGroups").get(0), "LONG_TERM_UNEMPLOYED", "Pitkäaikaistyöttömät",
                "Långtidsarbetslösa", "Long-term unemployed");
        assertLabel(labels.get("languages").get(indexOf(row.get("languages"), "en")), "en", "englanti", "engelska", "English");
        assertEquals("Lieksa", labels.get("municipalities").get(0).get("fi").getStringValue());
        assertEquals("Nurmes", labels.get("municipalities").get(1).get("fi").getStringValue());
        assertEquals(row.get("targetGroups").size(), labels.get("targetGroups").size());
    }

    @Test
    void changesAndOrganisationRowsCarryLabelsToo() {
        JsonNode change = api.as(TestTokens.v2().sign()).get("/api/v1/opportunities/changes?since=" + since).items().get(0);
        JsonNode organisation = api.as(TestTokens.v2().sign()).get("/api/v1/organisations?q=Kierr").items().get(0);

        assertLabel(change.get("labels").get("type"), "WORK_TRIAL", "Työkokeilu", "Arbetsprövning", "Work trial");
        assertLabel(organisation.get("labels").get("kind"), "ASSOCIATION", "Yhdistys", "Förening", "Association");
        assertEquals("Lieksa", organisation.get("labels").get("municipalities").get(0).get("fi").getStringValue());
        assertEquals("Lieksa", organisation.get("labels").get("municipalities").get(0).get("sv").getStringValue());
    }

    private static int indexOf(JsonNode codes, String code) {
        for (int i = 0; i < codes.size(); i++) {
            if (codes.get(i).getStringValue().equals(code)) {
                return i;
            }
        }
        throw new AssertionError(code + " not in " + codes);
    }

    private static void assertLabel(JsonNode label, String code, String fi, String sv, String en) {
        assertEquals(code, label.get("code").getStringValue());
        assertEquals(fi, label.get("fi").getStringValue());
        assertEquals(sv, label.get("sv").getStringValue());
        assertEquals(en, label.get("en").getStringValue());
    }
}
