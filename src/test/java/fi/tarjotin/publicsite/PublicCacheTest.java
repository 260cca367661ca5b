package fi.tarjotin.publicsite;

import fi.tarjotin.support.Api;
import fi.tarjotin.support.ApiResponse;
import fi.tarjotin.support.CatalogueFixture;
import fi.tarjotin.support.Person;
import fi.tarjotin.support.TestEnvironment;
import fi.tarjotin.support.TestTokens;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Public pages are kept for a few seconds per instance, but a change made on this instance to a listing
 * that is or was public shows on them at once: the caches follow the listing's change events.
 */
@MicronautTest(transactional = false)
class PublicCacheTest extends TestEnvironment {

    private static final String LIEKSA = "/public/v1/municipalities/422/opportunities";

    @Inject
    Api api;
    @Inject
    CatalogueFixture fixture;

    @Test
    void aClosedListingLeavesThePublicPagesAtOnce() {
        UUID org = fixture.anAssociation("Lieksan Verstas ry", "422");
        String editor = editorOf(org);
        String id = published(editor, org, "Verstastyö Lieksassa");
        assertTrue(api.anonymous().get(LIEKSA).ids().contains(id));
        assertEquals(200, api.anonymous().get("/public/v1/opportunities/" + id).status());

        assertEquals(200, api.as(editor).post("/api/v1/opportunities/" + id + "/close", null).status());

        assertFalse(api.anonymous().get(LIEKSA).ids().contains(id));
        assertEquals(404, api.anonymous().get("/public/v1/opportunities/" + id).status());
    }

    @Test
    void anEditedListingShowsItsNewContentAtOnce() {
        UUID org = fixture.anAssociation("Lieksan Kierrätys ry", "422");
        String editor = editorOf(org);
        String id = published(editor, org, "Kierrätystyö Lieksassa");
        assertEquals("Kierrätystyö Lieksassa", api.anonymous().get("/public/v1/opportunities/" + id).text("title.fi"));

        long version = api.as(editor).get("/api/v1/opportunities/" + id).at("version").getLongValue();
        ApiResponse edited = api.as(editor).patch("/api/v1/opportunities/" + id,
                "{\"version\":" + version + ",\"title\":{\"fi\":\"Kierrätyskeskuksen työkokeilu\"}}");
        assertEquals(200, edited.status(), edited.body());

        assertEquals("Kierrätyskeskuksen työkokeilu",
                api.anonymous().get("/public/v1/opportunities/" + id).text("title.fi"));
    }

    private String editorOf(UUID org) {
        return TestTokens.v2().editor().as(fixture.editorOf(org, Person.named("Eero Editori"))).sign();
    }

    private String published(String editor, UUID org, String title) {
        ApiResponse created = api.as(editor).post("/api/v1/opportunities",
                CatalogueFixture.aWorkTrial(org, title, "422"));
        assertEquals(201, created.status(), created.body());
        String id = created.text("id");
        assertEquals(200, api.as(editor).post("/api/v1/opportunities/" + id + "/publish", null).status());
        return id;
    }
}
