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
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest
class PublicJsonTest extends TestEnvironment {

    private static final String NURMES = "/public/v1/municipalities/541/opportunities";
    private static final String ATOM = "http://www.w3.org/2005/Atom";

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
    void listsPublishedListingsOfTheMunicipalityOnlyWithoutSignIn() {
        ApiResponse list = api.anonymous().get(NURMES);

        assertEquals(200, list.status(), list.body());
        assertEquals(Set.of(catalogue.kahvila, catalogue.puutyo), Set.copyOf(list.ids()));
        assertTrue(list.header("Content-Type").orElse("").startsWith("application/json"));
    }

    @Test
    void answersWithAnEtagAndNotModifiedWhenTheClientHasIt() {
        ApiResponse first = api.anonymous().get(NURMES);
        String etag = first.header("ETag").orElseThrow();
        assertTrue(first.header("Cache-Control").orElse("").matches("public, max-age=\\d+"),
                first.header("Cache-Control").toString());

        ApiResponse again = api.anonymous().header("If-None-Match", etag).get(NURMES);

        assertEquals(304, again.status());
        assertEquals("", again.body());
        assertEquals(etag, again.header("ETag").orElseThrow());
        assertEquals(200, api.anonymous().header("If-None-Match", "\"something-else\"").get(NURMES).status());
    }

    @Test
    void carriesNothingInternalAndNothingAboutThePeopleWhoEdit() {
        for (String path : List.of(NURMES, "/public/v1/opportunities/" + catalogue.kahvila)) {
            String body = api.anonymous().get(path).body();
            for (String internal : List.of(PublicCatalogue.CONTACT_NAME, PublicCatalogue.EDITOR_NAME, "\"version\"",
                    "\"status\"", "\"createdAt\"", "\"organisationId\"", "paula.paja", "\"partnerOrganisationIds\"")) {
                assertFalse(body.contains(internal), path + " reveals " + internal + ": " + body);
            }
        }
        ApiResponse listing = api.anonymous().get("/public/v1/opportunities/" + catalogue.kahvila);
        assertEquals("Työvalmentaja", listing.text("contact.role"));
        assertEquals("tyovalmennus@example.fi", listing.text("contact.email"));
        assertTrue(listing.text("pageUrl").endsWith("/embed/541/opportunities/" + catalogue.kahvila));
    }

    @Test
    void aDraftOrAListingOfNoOneIsNotFound() {
        assertEquals(404, api.anonymous().get("/public/v1/opportunities/" + catalogue.draft).status());
        assertEquals(404, api.anonymous().get("/public/v1/opportunities/3f2b1c4d-0000-4000-8000-000000000000").status());
        ApiResponse unknown = api.anonymous().get("/public/v1/municipalities/999/opportunities");
        assertEquals(404, unknown.status());
        assertEquals("NOT_FOUND", unknown.text("error.code"));
    }

    @Test
    void anUnreadableIdIs400InvalidIdNamingTheParameter() {
        for (String path : List.of("/public/v1/opportunities/abc", "/hsds/services/abc")) {
            ApiResponse response = api.anonymous().get(path);
            assertEquals(400, response.status(), path + " " + response.body());
            assertEquals("INVALID_ID", response.text("error.code"), path);
            assertEquals("id", response.text("error.target"), path);
        }
    }

    @Test
    void filtersAndPagesLikeTheApiButNeverShowsOtherStatuses() {
        assertEquals(List.of(catalogue.puutyo), api.anonymous().get(NURMES + "?type=REHABILITATIVE_WORK").ids());
        assertEquals(List.of(catalogue.kahvila), api.anonymous().get(NURMES + "?q=kahvila").ids());
        assertEquals(Set.of(catalogue.kahvila, catalogue.puutyo),
                Set.copyOf(api.anonymous().get(NURMES + "?status=DRAFT&status=PUBLISHED").ids()));
        ApiResponse firstPage = api.anonymous().get(NURMES + "?top=1");
        String next = firstPage.text("nextLink");
        assertTrue(next.contains("/public/v1/municipalities/541/opportunities"), next);
        List<String> both = new ArrayList<>(firstPage.ids());
        both.addAll(api.anonymous().get(next).ids());
        assertEquals(Set.of(catalogue.kahvila, catalogue.puutyo), Set.copyOf(both));
        ApiResponse bad = api.anonymous().get(NURMES + "?type=NO_SUCH_TYPE");
        assertEquals(400, bad.status());
        assertEquals("type", bad.text("error.target"));
    }

    @Test
    void publicJsonIsOpenToScriptsOfAnySite() {
        ApiResponse list = api.anonymous().header("Origin", "https://www.nurmes.fi").get(NURMES);
        assertEquals("*", list.header("Access-Control-Allow-Origin").orElse(""));
        assertTrue(list.header("Access-Control-Expose-Headers").orElse("").contains("ETag"));
        ApiResponse preflight = api.anonymous().header("Origin", "https://www.nurmes.fi")
                .header("Access-Control-Request-Method", "GET").header("Access-Control-Request-Headers", "if-none-match")
                .send("OPTIONS", NURMES, null);
        assertTrue(preflight.status() == 204 || preflight.status() == 200, preflight.toString());
        assertEquals("*", preflight.header("Access-Control-Allow-Origin").orElse(""));
        assertTrue(api.anonymous().get("/public/v1/codes/opportunity-types").body().contains("Työkokeilu"));
    }

    @Test
    void atomFeedIsWellFormedAtomWithThePublishedListings() throws Exception {
        ApiResponse feed = api.anonymous().get(NURMES + ".atom?lang=fi");
        assertEquals(200, feed.status(), feed.body());
        assertTrue(feed.header("Content-Type").orElse("").startsWith("application/atom+xml"));
        assertTrue(feed.header("ETag").isPresent());

        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document xml = factory.newDocumentBuilder().parse(new ByteArrayInputStream(feed.body().getBytes(StandardCharsets.UTF_8)));
        Element root = xml.getDocumentElement();
        assertEquals(ATOM, root.getNamespaceURI());
        assertEquals("feed", root.getLocalName());
        for (String required : List.of("id", "title", "updated", "author")) {
            assertTrue(root.getElementsByTagNameNS(ATOM, required).getLength() >= 1, "feed lacks " + required);
        }
        NodeList entries = root.getElementsByTagNameNS(ATOM, "entry");
        assertEquals(2, entries.getLength());
        List<String> titles = new ArrayList<>();
        for (int i = 0; i < entries.getLength(); i++) {
            Element entry = (Element) entries.item(i);
            for (String required : List.of("id", "title", "updated", "link")) {
                assertEquals(1, entry.getElementsByTagNameNS(ATOM, required).getLength(), "entry lacks " + required);
            }
            assertTrue(entry.getElementsByTagNameNS(ATOM, "id").item(0).getTextContent().startsWith("urn:uuid:"));
            titles.add(entry.getElementsByTagNameNS(ATOM, "title").item(0).getTextContent());
        }
        assertTrue(titles.contains(PublicCatalogue.SCRIPT_TITLE), titles.toString());
        assertFalse(feed.body().contains("Luonnos"));
        assertFalse(feed.body().contains("<script>"));
    }
}
