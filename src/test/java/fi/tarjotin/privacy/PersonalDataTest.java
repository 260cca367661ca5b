package fi.tarjotin.privacy;

import fi.tarjotin.support.Api;
import fi.tarjotin.support.ApiResponse;
import fi.tarjotin.support.CatalogueFixture;
import fi.tarjotin.support.Person;
import fi.tarjotin.support.TestEnvironment;
import fi.tarjotin.support.TestTokens;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class PersonalDataTest extends TestEnvironment {

    @Inject
    Api api;
    @Inject
    CatalogueFixture fixture;
    @Inject
    JdbcOperations jdbc;
    @Inject
    ContactRetention retention;

    private final String admin = TestTokens.v2().admin().as(Person.named("Arja Admin")).sign();

    @Test
    void adminExportsAndErasesOnePersonsDataWithAnAuditRow() {
        UUID org = fixture.anAssociation("Liperin Lähimmäiset ry", "426");
        Person tuula = new Person(UUID.randomUUID(), TestTokens.HOME_TENANT, "Tuula Tietosuoja", "tuula.t@example.fi");
        fixture.editorOf(org, tuula);
        fixture.coordinatorOf("426", tuula);
        String editorToken = TestTokens.v2().editor().as(tuula).sign();
        String listing = api.as(editorToken).post("/api/v1/opportunities", CatalogueFixture.aWorkTrial(org, "Kahvio", "426")
                .replace("tyovalmennus@example.fi", "Tuula.T@example.fi")).text("id");

        ApiResponse export = api.as(admin).post("/api/v1/admin/personal-data/export", "{\"email\":\"TUULA.T@example.fi\"}");
        assertEquals(200, export.status(), export.body());
        assertEquals(1, export.json().get("memberships").size());
        assertEquals(1, export.json().get("coordinations").size());
        assertEquals(listing, export.json().get("listingContacts").get(0).get("opportunityId").getStringValue());

        assertEquals(403, api.as(TestTokens.v2().coordinator().as(tuula).sign())
                .post("/api/v1/admin/personal-data/erase", "{\"email\":\"tuula.t@example.fi\"}").status());
        ApiResponse erased = api.as(admin).post("/api/v1/admin/personal-data/erase", "{\"email\":\"tuula.t@example.fi\"}");
        assertEquals(200, erased.status(), erased.body());
        assertEquals(1, erased.json().get("memberships").getIntValue());
        assertEquals(1, erased.json().get("listingContacts").getIntValue());

        ApiResponse after = api.as(admin).post("/api/v1/admin/personal-data/export", "{\"email\":\"tuula.t@example.fi\"}");
        assertEquals(0, after.json().get("memberships").size() + after.json().get("coordinations").size()
                + after.json().get("listingContacts").size());
        assertNull(api.as(admin).get("/api/v1/opportunities/" + listing).json().get("contact").get("email"));
        assertFalse(api.as(admin).get("/api/v1/opportunities/" + listing + "/history").body().contains("Tuula"),
                "the audit log no longer names her");
        assertEquals(3L, auditRows("PERSON", "PERSONAL_DATA_E%"), "two exports and the erasure are audited");
        long auditRowsNamingAnAddress = jdbc.execute(c -> {
            try (var s = c.prepareStatement("SELECT COUNT(*) FROM audit_event WHERE entity_id LIKE '%@%'")) {
                try (var r = s.executeQuery()) {
                    r.next();
                    return r.getLong(1);
                }
            }
        });
        assertEquals(0L, auditRowsNamingAnAddress, "no e-mail address in the audit log");
    }

    @Test
    void invalidAddressIsRefused() {
        assertEquals(422, api.as(admin).post("/api/v1/admin/personal-data/export", "{\"email\":\"nobody\"}").status());
    }

    @Test
    void contactsOfListingsArchivedBeyondTheRetentionPeriodAreErased() {
        UUID org = fixture.anAssociation("Polvijärven Pajat ry", "607");
        String editor = TestTokens.v2().editor().as(fixture.editorOf(org, Person.named("Pekka Paja"))).sign();
        String old = archived(editor, org, "Vanha", Instant.now().minus(400, ChronoUnit.DAYS));
        String recent = archived(editor, org, "Tuore", Instant.now().minus(30, ChronoUnit.DAYS));

        assertTrue(retention.eraseExpired(Instant.now()) >= 1);

        var oldContact = api.as(admin).get("/api/v1/opportunities/" + old).json().get("contact");
        assertNull(oldContact.get("email"));
        assertNull(oldContact.get("phone"));
        assertEquals("Työvalmentaja", oldContact.get("role").getStringValue(), "the role is not personal data");
        assertEquals("tyovalmennus@example.fi", api.as(admin).get("/api/v1/opportunities/" + recent).json()
                .get("contact").get("email").getStringValue());
        assertEquals(0, retention.eraseExpired(Instant.now()), "nothing left to erase the second time");
        assertEquals(1L, auditRows("OPPORTUNITY", "CONTACT_ERASED", old));
    }

    private String archived(String editor, UUID org, String title, Instant when) {
        String id = api.as(editor).post("/api/v1/opportunities", CatalogueFixture.aWorkTrial(org, title, "607")).text("id");
        assertEquals(200, api.as(editor).post("/api/v1/opportunities/" + id + "/archive", null).status());
        jdbc.execute(c -> {
            try (var s = c.prepareStatement("UPDATE opportunity SET archived_at = ? WHERE id = ?")) {
                s.setTimestamp(1, Timestamp.from(when));
                s.setString(2, id);
                return s.executeUpdate();
            }
        });
        return id;
    }

    private long auditRows(String type, String actionPattern) {
        return auditRows(type, actionPattern, null);
    }

    private long auditRows(String type, String actionPattern, String entityId) {
        return jdbc.execute(c -> {
            try (var s = c.prepareStatement("SELECT COUNT(*) FROM audit_event WHERE entity_type = ? AND action LIKE ?"
                    + (entityId == null ? "" : " AND entity_id = ?"))) {
                s.setString(1, type);
                s.setString(2, actionPattern);
                if (entityId != null) {
                    s.setString(3, entityId);
                }
                try (var r = s.executeQuery()) {
                    r.next();
                    return r.getLong(1);
                }
            }
        });
    }
}
