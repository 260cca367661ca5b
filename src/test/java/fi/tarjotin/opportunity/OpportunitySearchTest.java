package fi.tarjotin.opportunity;

import fi.tarjotin.support.Api;
import fi.tarjotin.support.ApiResponse;
import fi.tarjotin.support.CatalogueFixture;
import fi.tarjotin.support.Person;
import fi.tarjotin.support.TestEnvironment;
import fi.tarjotin.support.TestTokens;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest
class OpportunitySearchTest extends TestEnvironment {

    private static final String SEARCH = "/api/v1/opportunities";

    @Inject
    Api api;
    @Inject
    CatalogueFixture fixture;

    String editor;
    String reader = TestTokens.v2().sign();
    UUID org;
    String kahvila;
    String verstas;
    String nuoret;
    String draft;
    String full;

    @BeforeAll
    void aSmallCatalogue() {
        org = fixture.anAssociation("Pielisen Työpaja ry", "541", "422");
        editor = TestTokens.v2().editor().as(fixture.editorOf(org, Person.named("Paula Paja"))).sign();
        kahvila = published("""
                {"organisationId":"%s","type":"WORK_TRIAL","title":{"fi":"Kahvilatyö Nurmeksessa","en":"Café work"},
                 "summary":{"fi":"Asiakaspalvelua ja leivontaa kahvilassa."},"municipalityCodes":["541"],
                 "targetGroups":["YOUTH"],"languages":["fi","en"],"deliveryMode":"ONSITE",
                 "validFrom":"2026-01-01","validTo":"2026-06-30","capacityTotal":2,"capacityAvailable":1,
                 "contact":{"role":"Työvalmentaja","email":"paja@example.fi"}}""".formatted(org));
        verstas = published("""
                {"organisationId":"%s","type":"REHABILITATIVE_WORK","title":{"fi":"Puutyöverstas [50%%_alennus]"},
                 "summary":{"fi":"Huonekalujen kunnostusta verstaalla."},"municipalityCodes":["541","422"],
                 "targetGroups":["LONG_TERM_UNEMPLOYED","PARTIAL_WORK_ABILITY"],"languages":["fi"],
                 "deliveryMode":"ONSITE","capacityTotal":4,"capacityAvailable":4,
                 "contact":{"role":"Verstasohjaaja","phone":"013 123 4567"}}""".formatted(org));
        nuoret = published("""
                {"organisationId":"%s","type":"CAREER_COACHING","title":{"fi":"Uravalmennus nuorille","sv":"Karriärcoachning"},
                 "summary":{"fi":"Etävalmennus, jossa mietitään seuraavaa askelta."},"municipalityCodes":["422"],
                 "targetGroups":["YOUTH"],"languages":["fi","sv"],"deliveryMode":"REMOTE",
                 "capacityTotal":10,"capacityAvailable":0,"contact":{"role":"Uravalmentaja","email":"ura@example.fi"}}"""
                .formatted(org));
        draft = api.as(editor).post(SEARCH, CatalogueFixture.aWorkTrial(org, "Luonnos kahvilaan", "541")).text("id");
        full = published(CatalogueFixture.aWorkTrial(org, "Täynnä oleva kahvila", "541")
                .replace("\"capacityAvailable\":2", "\"capacityAvailable\":0"));
    }

    private String published(String body) {
        ApiResponse created = api.as(editor).post(SEARCH, body);
        assertEquals(201, created.status(), created.body());
        String id = created.text("id");
        assertEquals(200, api.as(editor).post(SEARCH + "/" + id + "/publish", null).status());
        return id;
    }

    private List<String> find(String query) {
        ApiResponse response = api.as(reader).get(SEARCH + query);
        assertEquals(200, response.status(), response.body());
        return response.ids();
    }

    @Test
    void filtersByMunicipalityTypeTargetGroupLanguageAndDeliveryMode() {
        assertEquals(Set.of(kahvila, verstas, full), new HashSet<>(find("?municipality=541")));
        assertEquals(Set.of(verstas, nuoret), new HashSet<>(find("?municipality=422")));
        assertEquals(List.of(verstas), find("?municipality=422&type=REHABILITATIVE_WORK"));
        assertEquals(Set.of(kahvila, nuoret), new HashSet<>(find("?targetGroup=YOUTH")));
        assertEquals(List.of(nuoret), find("?language=sv"));
        assertEquals(List.of(nuoret), find("?deliveryMode=REMOTE"));
        assertEquals(Set.of(kahvila, verstas, nuoret), new HashSet<>(find("?type=WORK_TRIAL,REHABILITATIVE_WORK,CAREER_COACHING")).stream()
                .filter(id -> !id.equals(full)).collect(java.util.stream.Collectors.toSet()));
        assertEquals(Set.of(kahvila, verstas, nuoret, full), new HashSet<>(find("?organisation=" + org)));
    }

    @Test
    void readersNeverSeeDraftsEvenWhenAskingForThem() {
        assertFalse(find("?municipality=541").contains(draft));
        assertTrue(find("?status=DRAFT").isEmpty());
        ApiResponse own = api.as(editor).get(SEARCH + "?status=DRAFT&organisation=" + org);
        assertEquals(List.of(draft), own.ids());
    }

    @Test
    void freeTextIgnoresCaseAndAccentsAndTreatsWildcardsLiterally() {
        assertEquals(List.of(kahvila), find("?q=LEIVONTAA"));
        assertEquals(List.of(kahvila), find("?q=nurmeksessa"));
        assertEquals(List.of(verstas), find("?q=" + enc("[50%_alennus]")));
        assertEquals(List.of(verstas), find("?q=" + enc("%")), "only the listing with a literal % matches");
        assertEquals(List.of(verstas), find("?q=" + enc("_")), "only the listing with a literal _ matches");
        assertTrue(find("?q=" + enc("a%z")).isEmpty());
        assertTrue(find("?q=" + enc("' OR 1=1 --")).isEmpty());
        assertEquals(List.of(nuoret), find("?q=karriarcoachning"));
        assertEquals(Set.of(kahvila, verstas, nuoret, full), new HashSet<>(find("?q=" + enc("pielisen työpaja"))));
    }

    @Test
    void availableOnlyLeavesOutFullListingsAndValidOnLeavesOutExpiredOnes() {
        List<String> available = find("?availableOnly=true");
        assertTrue(available.containsAll(List.of(kahvila, verstas)));
        assertFalse(available.contains(nuoret));
        assertFalse(available.contains(full));
        assertFalse(find("?validOn=2026-08-01").contains(kahvila));
        assertTrue(find("?validOn=2026-03-01").contains(kahvila));
    }

    @Test
    void pagesFollowNextLinkToTheEndWithoutRepeatsAndCountTheTotal() {
        for (String sort : List.of("", "&sort=title", "&sort=-title", "&sort=updatedAt")) {
            ApiResponse page = api.as(reader).get(SEARCH + "?top=1&count=true" + sort);
            assertEquals(4, page.json().get("count").getIntValue());
            List<String> seen = new ArrayList<>();
            int pages = 0;
            while (true) {
                assertEquals(200, page.status(), page.body());
                seen.addAll(page.ids());
                pages++;
                if (page.json().get("nextLink") == null) {
                    break;
                }
                String next = page.text("nextLink");
                assertTrue(next.startsWith("http"), next);
                page = api.as(reader).get(next);
            }
            assertEquals(4, pages, sort);
            assertEquals(4, new HashSet<>(seen).size(), sort);
            assertFalse(page.body().contains("null"));
        }
        List<String> byTitle = find("?sort=title");
        assertEquals(List.of(kahvila, verstas, full, nuoret), byTitle);
    }

    @Test
    void lastPageHasNoNextLinkAndResultsHaveNoNulls() {
        ApiResponse response = api.as(reader).get(SEARCH + "?municipality=422");
        assertNull(response.json().get("nextLink"));
        assertFalse(response.body().contains("null"), response.body());
        var first = response.items().get(0);
        assertTrue(first.get("municipalityCodes").isArray());
        assertTrue(first.get("organisationName").getStringValue().startsWith("Pielisen"));
    }

    @Test
    void resultsShowTheSameCodesAsTheWholeListing() {
        String id = api.as(editor).post(SEARCH, CatalogueFixture.aWorkTrial(org, "Muuttuva", "541")).text("id");
        api.as(editor).patch(SEARCH + "/" + id, "{\"version\":0,\"municipalityCodes\":[\"422\",\"541\"],"
                + "\"targetGroups\":[\"YOUTH\"],\"languages\":[\"sv\",\"fi\"]}");
        api.as(editor).post(SEARCH + "/" + id + "/publish", null);
        for (var item : api.as(reader).get(SEARCH + "?top=100").items()) {
            var whole = api.as(reader).get(SEARCH + "/" + item.get("id").getStringValue()).json();
            for (String list : List.of("municipalityCodes", "targetGroups", "languages")) {
                assertEquals(whole.get(list), item.get(list), list);
            }
        }
        var changed = api.as(reader).get(SEARCH + "?municipality=422&q=muuttuva").items().get(0);
        List<String> codes = new ArrayList<>();
        changed.get("municipalityCodes").values().forEach(c -> codes.add(c.getStringValue()));
        assertEquals(List.of("422", "541"), codes);
        api.as(editor).post(SEARCH + "/" + id + "/archive", null);
    }

    @Test
    void badParametersAreClearBadRequests() {
        for (String query : List.of("?top=0", "?top=501", "?top=-5", "?top=abc", "?cursor=garbage!!",
                "?cursor=" + enc("bm90IGEgY3Vyc29y"), "?type=JUGGLING", "?municipality=999", "?validOn=2026-02-30",
                "?organisation=not-a-uuid", "?availableOnly=maybe", "?sort=random", "?status=LOST")) {
            ApiResponse response = api.as(reader).get(SEARCH + query);
            assertEquals(400, response.status(), query + " → " + response.body());
            assertTrue(response.text("error.code").matches("[A-Z_]+"), response.body());
            assertFalse(response.body().contains("Exception"), response.body());
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
