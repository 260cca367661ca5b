package fi.tarjotin.organisation;

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
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Only a unique key that another request filled becomes 409 DUPLICATE_MEMBER. Here the insert fails for
 * another reason: a transaction of the test's own holds an uncommitted insert of the same member, so the
 * service's insert waits on it and meets a real lock timeout (the service's connections wait only briefly).
 * That is contention, retried and then answered 503, never a duplicate.
 */
@MicronautTest(transactional = false)
class MemberAdditionContentionTest extends ShortLockWaits {

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
    String admin;
    private OtherTransaction blocker;

    @BeforeAll
    void anAssociation() {
        org = fixture.anAssociation("Rääkkylän Kyläyhdistys ry", "707");
        admin = TestTokens.v2().admin().as(Person.named("Aino Ylläpito")).sign();
    }

    @BeforeEach
    void noRetriesYet() {
        pause.reset();
    }

    @AfterEach
    void endTheOtherTransaction() throws SQLException {
        if (blocker != null) {
            blocker.close();
        }
    }

    @Test
    void aMemberInsertThatTimesOutOnALockIsAnswered503AndNotAsADuplicate() throws SQLException {
        Person person = Person.named("Kalle Kiire");
        insertUncommitted(person);

        ApiResponse refused = api.as(admin).post("/api/v1/organisations/" + org + "/members", person.asMemberJson());

        assertEquals(503, refused.status(), refused.body());
        assertEquals("SERVICE_UNAVAILABLE", refused.text("error.code"));
        assertTrue(refused.header("Retry-After").isPresent(), "Retry-After");
        assertEquals(2, pause.retries(), "retried as contention, not given up as a duplicate");
    }

    @Test
    void aMemberInsertThatWaitsOutTheOtherTransactionIsAdded() throws SQLException {
        Person person = Person.named("Liisa Lopulta");
        insertUncommitted(person);
        pause.beforeRetry(retry -> blocker.rollBack());

        ApiResponse added = api.as(admin).post("/api/v1/organisations/" + org + "/members", person.asMemberJson());

        assertEquals(201, added.status(), added.body());
        assertEquals(1, pause.retries());
    }

    @Test
    void aMemberAddedByTheOtherTransactionMeanwhileIsADuplicate() throws SQLException {
        Person person = Person.named("Matti Myöhässä");
        insertUncommitted(person);
        pause.beforeRetry(retry -> blocker.commit());

        ApiResponse refused = api.as(admin).post("/api/v1/organisations/" + org + "/members", person.asMemberJson());

        assertEquals(409, refused.status(), refused.body());
        assertEquals("DUPLICATE_MEMBER", refused.text("error.code"));
    }

    /** The same member, inserted in a transaction of the test's own that stays open until the test ends it. */
    private void insertUncommitted(Person person) throws SQLException {
        blocker = OtherTransaction.begin(database);
        assertEquals(1, blocker.execute("INSERT INTO organisation_member (id, organisation_id, tenant_id, oid,"
                        + " display_name, email, role, created_at) VALUES (?, ?, ?, ?, ?, ?, 'EDITOR', ?)",
                UUID.randomUUID().toString(), org.toString(), person.tenantId().toString(), person.oid().toString(),
                person.name(), person.email(), Timestamp.from(Instant.now())));
    }

}
