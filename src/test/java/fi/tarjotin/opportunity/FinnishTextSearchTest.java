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

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a coach types finds the listing meant, in relevance order, with counts per filter value, over HTTP. */
@MicronautTest
class FinnishTextSearchTest extends TestEnvironment {

    private static final String SEARCH = "/api/v1/opportunities";

    @Inject
    Api api;
    @Inject
    CatalogueFixture fixture;
    @Inject
    SearchIndexing indexing;

    UUID org;
    String editor;
    String coordinator;
    String reader = TestTokens.v2().sign();
    String kahvila;
    String verstas;
    String keittio;
    String nuoret;
    String maahanmuutto;
    String draft;
    String lieksaDraft;
    UUID other;
    String otherEditor;

    @BeforeAll
    void aSmallCatalogue() {
        org = fixture.anAssociation("Vaara-Karjalan Säätiö", "167", "422");
        editor = TestTokens.v2().editor().as(fixture.editorOf(org, Person.named("Eino Editori"))).sign();
        coordinator = TestTokens.v2().coordinator()
                .as(fixture.coordinatorOf("422", Person.named("Kaija Koordinaattori"))).sign();
        kahvila = published(listing("WORK_TRIAL", "Asiakaspalvelija kahvilassa", "Leivontaa ja kassatyötä.",
                "Työ sopii aamuvirkulle.", "167", "LONG_TERM_UNEMPLOYED"));
        verstas = published(listing("REHABILITATIVE_WORK", "Puutyö ja kunnostus", "Huonekalujen korjausta verstaalla.",
                "Hiotaan ja maalataan vanhoja tuoleja.", "167", "PARTIAL_WORK_ABILITY"));
        keittio = published(listing("WORK_TRIAL", "Koulukeittiön apulainen", "Ruoanvalmistusta ja astianpesua.",
                "Avustat koulun keittiössä.", "167", "LONG_TERM_UNEMPLOYED"));
        nuoret = published(listing("CAREER_COACHING", "Uravalmennus", "Mietitään seuraava askel.",
                "Ryhmätapaamiset viikoittain.", "167", "YOUTH"));
        maahanmuutto = published(listing("CAREER_COACHING", "Suomen kielen työpaja", "Kieltä työn lomassa.",
                "Harjoitellaan työelämän sanastoa ja huonekalujen kunnostus.", "167", "IMMIGRANTS"));
        draft = created(listing("WORK_TRIAL", "Kahvilan luonnos", "Ei vielä julki.", "Luonnos.", "167",
                "LONG_TERM_UNEMPLOYED"));
        lieksaDraft = created(listing("WORK_TRIAL", "Lieksan kahvilaluonnos", "Ei vielä julki.", "Luonnos.", "422",
                "LONG_TERM_UNEMPLOYED"));
        other = fixture.anAssociation("Kirjastokaverit ry", "167");
        otherEditor = TestTokens.v2().editor().as(fixture.editorOf(other, Person.named("Kalle Kirja"))).sign();
        indexing.rebuild();
    }

    @Test
    void inflectedWordsTyposAndLabelWordsBringTheListingMeantIntoTheFirstThree() {
        Map<String, String> meant = new HashMap<>();
        meant.put("kahvilaan", kahvila);
        meant.put("kahvila", kahvila);
        meant.put("kahvla", kahvila);
        meant.put("keittiö", keittio);
        meant.put("keittiössä", keittio);
        meant.put("puutöitä", verstas);
        meant.put("nuoret", nuoret);
        meant.put("maahanmuuttaja", maahanmuutto);
        meant.put("työkokeilu kahvila", kahvila);
        meant.forEach((q, id) -> {
            List<String> found = find(reader, "?organisation=" + org + "&q=" + enc(q));
            assertTrue(found.indexOf(id) >= 0 && found.indexOf(id) < 3, q + " -> " + found);
        });
        assertFalse(find(reader, "?organisation=" + org + "&q=" + enc("työkokeilu puutyö")).contains(verstas),
                "every word must match: the woodshop is no work trial");
    }

    @Test
    void aTitleHitRanksAboveADescriptionHitAndPagesNeitherRepeatNorSkip() {
        List<String> all = find(reader, "?organisation=" + org + "&q=" + enc("kahvila keittiö ja"));
        assertTrue(all.isEmpty(), "no listing has both words: " + all);
        assertEquals(List.of(verstas, maahanmuutto), find(reader, "?organisation=" + org + "&q=kunnostus"),
                "the title's word outranks the description's");

        // The organisation's name is in every listing: equal relevance, newest first, then by id.
        List<String> paged = new ArrayList<>();
        List<String> bodies = new ArrayList<>();
        List<String> whole = find(reader, "?organisation=" + org + "&q=" + enc("säätiön") + "&top=50");
        String next = SEARCH + "?organisation=" + org + "&q=" + enc("säätiön") + "&top=2";
        while (next != null) {
            ApiResponse page = api.as(reader).get(next);
            assertEquals(200, page.status(), page.body());
            paged.addAll(page.ids());
            bodies.add(next + " " + page.body());
            next = page.text("nextLink");
            assertTrue(next == null || next.contains("cursor="), page.body());
        }
        assertEquals(5, whole.size(), whole.toString());
        assertEquals(whole, paged, "pages continue the relevance order without repeats or gaps: " + bodies);
        assertEquals(paged.size(), new LinkedHashSet<>(paged).size());
    }

    @Test
    void anExplicitSortStillOrdersTheWordsMatches() {
        List<String> byTitle = find(reader, "?organisation=" + org + "&q=kahvila&sort=title");
        assertEquals(List.of(kahvila), byTitle);
        assertEquals(List.of(verstas, nuoret, keittio, maahanmuutto, kahvila).stream().sorted().toList(),
                find(reader, "?organisation=" + org + "&q=" + enc("säätiö") + "&sort=-updatedAt").stream().sorted()
                        .toList());
        assertEquals(List.of(kahvila, keittio, verstas, maahanmuutto, nuoret),
                find(reader, "?organisation=" + org + "&q=" + enc("säätiö") + "&sort=title"));
    }

    @Test
    void countsPerFilterValueFollowTheWordsTheFiltersAndTheCallersScope() {
        String query = SEARCH + "?organisation=" + org + "&status=DRAFT,PUBLISHED&q=kahvila&facets=type,municipality";
        assertEquals(Map.of("WORK_TRIAL", 1L), counts(api.as(reader).get(query), "type"));
        assertEquals(Map.of("WORK_TRIAL", 3L), counts(api.as(editor).get(query), "type"), "an editor counts both drafts");
        assertEquals(Map.of("WORK_TRIAL", 2L), counts(api.as(coordinator).get(query), "type"),
                "a coordinator counts the draft in their municipality only");
        ApiResponse forEditor = api.as(editor).get(query);
        assertEquals(Map.of("167", 2L, "422", 1L), counts(forEditor, "municipality"));
        assertEquals("Työkokeilu", forEditor.at("facets.type.0.label.fi").getStringValue());
        assertEquals("Work trial", forEditor.at("facets.type.0.label.en").getStringValue());

        ApiResponse types = api.as(reader).get(SEARCH + "?organisation=" + org
                + "&municipality=167&type=WORK_TRIAL&facets=type");
        assertEquals(Map.of("WORK_TRIAL", 2L, "REHABILITATIVE_WORK", 1L, "CAREER_COACHING", 2L), counts(types, "type"),
                "without words too, each type counts as if it were the one chosen");
        assertEquals(2, types.ids().size());
        assertEquals(400, api.as(reader).get(SEARCH + "?facets=colour").status());
    }

    @Test
    void aChangeIsSearchableAtOnceOnTheInstanceThatMadeIt() {
        ApiResponse made = api.as(otherEditor).post(SEARCH, listing("WORK_TRIAL", "Kirjastoapulainen", "Kirjojen hyllytystä.", "Lainaustiski.",
                "167", "LONG_TERM_UNEMPLOYED").replace(org.toString(), other.toString()));
        assertEquals(201, made.status(), made.body());
        String id = made.text("id");
        String mine = "?organisation=" + other;
        assertEquals(List.of(id), find(otherEditor, mine + "&status=DRAFT&q=kirjastossa"));
        assertEquals(List.of(), find(reader, mine + "&q=kirjastossa"), "a draft is not public");
        assertEquals(200, api.as(otherEditor).post(SEARCH + "/" + id + "/publish", null).status());
        assertEquals(List.of(id), find(reader, mine + "&q=kirjastossa"));
        long version = api.as(otherEditor).get(SEARCH + "/" + id).at("version").getLongValue();
        ApiResponse renamed = api.as(otherEditor).patch(SEARCH + "/" + id,
                "{\"version\":" + version + ",\"title\":{\"fi\":\"Museoapulainen\"}}");
        assertEquals(200, renamed.status(), renamed.body());
        assertEquals(List.of(id), find(reader, mine + "&q=museossa"));
        assertEquals(List.of(), find(reader, mine + "&q=kirjastoapulainen"));
    }

    private Map<String, Long> counts(ApiResponse response, String facet) {
        assertEquals(200, response.status(), response.body());
        Map<String, Long> counts = new HashMap<>();
        JsonNode values = response.at("facets." + facet);
        assertTrue(values != null, response.body());
        values.values().forEach(v -> counts.put(v.get("code").getStringValue(), v.get("count").getLongValue()));
        return counts;
    }

    private List<String> find(String token, String query) {
        ApiResponse found = api.as(token).get(SEARCH + query);
        assertEquals(200, found.status(), found.body());
        return found.ids();
    }

    private String listing(String type, String title, String summary, String description, String municipality,
                           String group) {
        return """
                {"organisationId":"%s","type":"%s","title":{"fi":"%s"},"summary":{"fi":"%s"},
                 "description":{"fi":"%s"},"municipalityCodes":["%s"],"targetGroups":["%s"],"languages":["fi"],
                 "deliveryMode":"ONSITE","capacityTotal":2,"capacityAvailable":1,
                 "contact":{"role":"Ohjaaja","email":"ohjaus@example.fi"}}""".formatted(org, type, title, summary,
                description, municipality, group);
    }

    private String created(String body) {
        ApiResponse created = api.as(editor).post(SEARCH, body);
        assertEquals(201, created.status(), created.body());
        return created.text("id");
    }

    private String published(String body) {
        String id = created(body);
        assertEquals(200, api.as(editor).post(SEARCH + "/" + id + "/publish", null).status());
        return id;
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
