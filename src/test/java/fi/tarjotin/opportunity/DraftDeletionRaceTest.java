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

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A draft deleted while someone publishes it: whichever commits first wins, and a listing whose publish
 * was acknowledged is never deleted afterwards.
 */
@MicronautTest
class DraftDeletionRaceTest extends TestEnvironment {

    private static final String BASE = "/api/v1/opportunities";
    private static final int DRAFTS = 40;

    @Inject
    Api api;
    @Inject
    CatalogueFixture fixture;

    UUID organisation;
    String editor;

    @BeforeAll
    void anAssociation() {
        organisation = fixture.anAssociation("Outokummun Työpaja ry", "309");
        editor = TestTokens.v2().editor().as(fixture.editorOf(organisation, Person.named("Tiina Työpaja"))).sign();
    }

    @Test
    void deletingWithTheVersionReadBeforeAPublishLeavesThePublishedListing() {
        String id = draft("Julkaistaan kohta");
        assertEquals(200, api.as(editor).post(BASE + "/" + id + "/publish", null).status());

        ApiResponse refused = api.as(editor).header("If-Match", "\"0\"").delete(BASE + "/" + id);

        assertTrue(refused.status() == 409 || refused.status() == 412, refused.toString());
        assertTrue(Set.of("ONLY_DRAFT_DELETABLE", "VERSION_CONFLICT").contains(refused.text("error.code")),
                refused.body());
        ApiResponse stored = api.as(editor).get(BASE + "/" + id);
        assertEquals(200, stored.status(), stored.body());
        assertEquals("PUBLISHED", stored.text("status"));
        assertEquals("309", stored.text("municipalityCodes.0"), "its join rows are still there");
    }

    @Test
    void aDraftIsDeletedAtTheVersionItsIfMatchNamesOrElseAtTheVersionRead() {
        String named = draft("Poistettava luonnos");
        String unnamed = draft("Toinen poistettava");

        assertEquals(412, api.as(editor).header("If-Match", "\"7\"").delete(BASE + "/" + named).status());
        assertEquals(204, api.as(editor).header("If-Match", "\"0\"").delete(BASE + "/" + named).status());
        assertEquals(204, api.as(editor).delete(BASE + "/" + unnamed).status());

        assertEquals(404, api.as(editor).get(BASE + "/" + named).status());
        assertEquals(404, api.as(editor).get(BASE + "/" + unnamed).status());
    }

    @Test
    void publishAndDeleteRacingOnFreshDraftsNeverDeleteAnAcknowledgedPublish() throws Exception {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < DRAFTS; i++) {
            ids.add(draft("Kilpailu " + i));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<ApiResponse>> publishes = new ArrayList<>();
            List<Future<ApiResponse>> deletes = new ArrayList<>();
            for (String id : ids) {
                publishes.add(pool.submit(() -> {
                    start.await();
                    return api.as(editor).post(BASE + "/" + id + "/publish", null);
                }));
                deletes.add(pool.submit(() -> {
                    start.await();
                    return api.as(editor).delete(BASE + "/" + id);
                }));
            }
            start.countDown();
            for (int i = 0; i < ids.size(); i++) {
                ApiResponse published = publishes.get(i).get();
                ApiResponse deleted = deletes.get(i).get();
                ApiResponse stored = api.as(editor).get(BASE + "/" + ids.get(i));
                String race = "publish " + published.status() + " / delete " + deleted + " / now " + stored.status();
                assertTrue(Set.of(200, 404, 412).contains(published.status()), race);
                assertTrue(Set.of(204, 404, 409, 412).contains(deleted.status()), race);
                if (published.status() == 200) {
                    assertEquals(200, stored.status(), race);
                    assertEquals("PUBLISHED", stored.text("status"), race);
                    assertTrue(deleted.status() != 204, race);
                } else {
                    assertEquals(204, deleted.status(), race);
                    assertEquals(404, stored.status(), race);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private String draft(String title) {
        ApiResponse created = api.as(editor).post(BASE, CatalogueFixture.aWorkTrial(organisation, title, "309"));
        assertEquals(201, created.status(), created.body());
        return created.text("id");
    }
}
