package fi.tarjotin.reliability;

import fi.tarjotin.support.Api;
import fi.tarjotin.support.ApiResponse;
import fi.tarjotin.support.CatalogueFixture;
import fi.tarjotin.support.Person;
import fi.tarjotin.support.OtherTransaction;
import fi.tarjotin.support.ShortLockWaits;
import fi.tarjotin.support.TestRetryPause;
import fi.tarjotin.support.TestTokens;
import io.micronaut.jdbc.BasicJdbcConfiguration;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Another transaction holds a lock on the row a request wants to change. The test holds it on a JDBC
 * connection of its own and the service's connections wait for a lock only briefly, so the request meets a
 * real lock timeout on the real database. The service runs the whole transaction again a bounded number of
 * times; when the other transaction ends meanwhile the request succeeds, otherwise it is answered 503 with
 * Retry-After, never 500, and nothing is half-written. {@link TestRetryPause} stands between the attempts
 * instead of a wait, and ends the blocking transaction where a test asks it to.
 */
@MicronautTest(transactional = false)
class LockContentionTest extends ShortLockWaits {

    @Inject
    Api api;
    @Inject
    CatalogueFixture fixture;
    @Inject
    TestRetryPause pause;
    @Inject
    @Named("default")
    BasicJdbcConfiguration database;

    UUID org;
    String editor;
    private OtherTransaction blocker;

    @BeforeAll
    void anAssociation() {
        org = fixture.anAssociation("Lieksan Työpaja ry", "422");
        editor = TestTokens.v2().editor().as(fixture.editorOf(org, Person.named("Liisa Lukko"))).sign();
    }

    @BeforeEach
    void noRetriesYet() {
        pause.reset();
    }

    @AfterEach
    void releaseTheLock() throws SQLException {
        if (blocker != null) {
            blocker.close();
        }
    }

    @Test
    void aListingLockedByAnotherTransactionIsAnswered503WithRetryAfterAndNothingIsWritten() throws SQLException {
        String id = aListing("Pajan puutyöt");
        lockRow("opportunity", id);

        ApiResponse blocked = api.as(editor).patch("/api/v1/opportunities/" + id,
                "{\"version\":0,\"title\":{\"fi\":\"Pajan puu- ja metallityöt\"}}");

        assertEquals(503, blocked.status(), blocked.body());
        assertEquals(2, pause.retries(), "three attempts in all, then the answer");
        assertEquals("SERVICE_UNAVAILABLE", blocked.text("error.code"));
        assertTrue(blocked.header("Retry-After").isPresent(), "Retry-After");
        assertFalse(blocked.body().contains("SQL") || blocked.body().contains("Exception")
                || blocked.body().toLowerCase().contains("lock") || blocked.body().contains("opportunity"), blocked.body());

        blocker.rollBack();
        ApiResponse stored = api.as(editor).get("/api/v1/opportunities/" + id);
        assertEquals(0, stored.at("version").getIntValue(), "nothing half-written");
        assertEquals("Pajan puutyöt", stored.text("title.fi"));
        ApiResponse history = api.as(editor).get("/api/v1/opportunities/" + id + "/history");
        assertTrue(history.items().stream().noneMatch(e -> e.get("action").getStringValue().equals("UPDATED")),
                history.body());
    }

    @Test
    void aListingChangeWaitsOutAnotherTransactionThatEndsBetweenAttempts() throws SQLException {
        String id = aListing("Pajan pihatyöt");
        lockRow("opportunity", id);
        pause.beforeRetry(retry -> blocker.rollBack());

        ApiResponse changed = api.as(editor).patch("/api/v1/opportunities/" + id,
                "{\"version\":0,\"title\":{\"fi\":\"Pajan piha- ja puutarhatyöt\"}}");

        assertEquals(200, changed.status(), changed.body());
        assertEquals(1, pause.retries());
        assertEquals(1, changed.at("version").getIntValue());
        ApiResponse stored = api.as(editor).get("/api/v1/opportunities/" + id);
        assertEquals("Pajan piha- ja puutarhatyöt", stored.text("title.fi"));
        ApiResponse history = api.as(editor).get("/api/v1/opportunities/" + id + "/history");
        assertEquals(1, history.items().stream().filter(e -> e.get("action").getStringValue().equals("UPDATED")).count(),
                "the change is recorded once, by the attempt that committed");
    }

    @Test
    void anOrganisationChangeWaitsOutAnotherTransactionThatEndsBetweenAttempts() throws SQLException {
        String admin = TestTokens.v2().admin().as(Person.named("Aino Ylläpito")).sign();
        lockRow("organisation", org.toString());
        pause.beforeRetry(retry -> blocker.rollBack());

        ApiResponse changed = api.as(admin).patch("/api/v1/organisations/" + org,
                "{\"version\":1,\"name\":\"Lieksan Työpaja ja Kierrätys ry\"}");

        assertEquals(200, changed.status(), changed.body());
        assertEquals(1, pause.retries());
        assertEquals("Lieksan Työpaja ja Kierrätys ry", api.as(admin).get("/api/v1/organisations/" + org).text("name"));
    }


    private String aListing(String title) {
        ApiResponse created = api.as(editor).post("/api/v1/opportunities", CatalogueFixture.aWorkTrial(org, title, "422"));
        assertEquals(201, created.status(), created.body());
        return created.text("id");
    }

    /** Changes the row in a transaction of the test's own that stays open until the test ends it. */
    private void lockRow(String table, String id) throws SQLException {
        blocker = OtherTransaction.begin(database);
        assertEquals(1, blocker.execute("UPDATE " + table + " SET version = version WHERE id = ?", id));
    }
}
