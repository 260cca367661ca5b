package fi.tarjotin.privacy;

import fi.tarjotin.common.SqlParameters;
import fi.tarjotin.opportunity.ContactRetention;
import fi.tarjotin.support.Api;
import fi.tarjotin.support.ApiResponse;
import fi.tarjotin.support.CatalogueFixture;
import fi.tarjotin.support.Json;
import fi.tarjotin.support.Person;
import fi.tarjotin.support.TestClock;
import fi.tarjotin.support.TestEnvironment;
import fi.tarjotin.support.TestTokens;
import fi.tarjotin.work.WorkEngine;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
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
    @Inject
    WorkEngine engine;
    @Inject
    TestClock clock;

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
        assertEquals(3L, auditRows("PERSON", "PERSONAL_DATA_E%", PersonalDataService.personKey("tuula.t@example.fi")),
                "two exports and the erasure are audited");
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
    void aPublishedListingsPublicPagesShowNoErasedContactRightAfterTheErasure() {
        UUID org = fixture.anAssociation("Kontiolahden Kyläyhdistys ry", "276");
        String listing = api.as(admin).post("/api/v1/opportunities", CatalogueFixture.aWorkTrial(org, "Kyläkauppa", "276")
                .replace("tyovalmennus@example.fi", "kaisa.kauppa@example.fi")).text("id");
        assertEquals(200, api.as(admin).post("/api/v1/opportunities/" + listing + "/publish", null).status());
        String json = "/public/v1/opportunities/" + listing;
        String page = "/embed/276/opportunities/" + listing;
        assertEquals("kaisa.kauppa@example.fi", api.anonymous().get(json).text("contact.email"), "now in the cache");
        assertTrue(api.anonymous().get(page).body().contains("kaisa.kauppa@example.fi"), "now in the cache");

        assertEquals(200, api.as(admin).post("/api/v1/admin/personal-data/erase",
                "{\"email\":\"kaisa.kauppa@example.fi\"}").status());

        assertFalse(api.anonymous().get(json).body().contains("kaisa.kauppa"), "the public JSON");
        assertFalse(api.anonymous().get(page).body().contains("kaisa.kauppa"), "the public page");
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

    @Test
    void theDailyRetentionRunErasesAContactOnceTheServiceClockHasPassedTheRetentionPeriod() {
        UUID org = fixture.anAssociation("Polvijärven Puutyö ry", "607");
        String editor = TestTokens.v2().editor().as(fixture.editorOf(org, Person.named("Paavo Puu"))).sign();
        String listing = archived(editor, org, "Verstas", clock.now().minus(30, ChronoUnit.DAYS));

        engine.runDueJobs();
        assertEquals("tyovalmennus@example.fi", api.as(admin).get("/api/v1/opportunities/" + listing).json()
                .get("contact").get("email").getStringValue(), "archived a month ago: kept");

        clock.advance(Duration.ofDays(366));
        engine.runDueJobs();
        assertNull(api.as(admin).get("/api/v1/opportunities/" + listing).json().get("contact").get("email"),
                "archived over a year ago by the service's clock: erased");
        assertEquals(1L, auditRows("OPPORTUNITY", "CONTACT_ERASED", listing));
    }

    private static final String EXPORT = "/api/v1/admin/personal-data/export";
    private static final String ERASE = "/api/v1/admin/personal-data/erase";

    /** A volunteer who is everywhere a person can be in the catalogue, put there through the API. */
    private record Seeded(Person person, String municipality, String organisation, String listing,
                          String subscription, long listingVersion, long organisationVersion) {
    }

    /** Each test has a person of its own (the database is shared by the class), in a municipality of its own. */
    private Seeded everywhere(String name, String municipality) {
        Person person = Person.named(name);
        ApiResponse organisation = api.as(admin).post("/api/v1/organisations", """
                {"name":"Ilon Yhdistys %s ry","kind":"ASSOCIATION","municipalityCodes":["%s"],
                 "contact":{"email":"%s","phone":"013 123 456"}}""".formatted(municipality, municipality,
                person.email().toUpperCase()));
        assertEquals(201, organisation.status(), organisation.body());
        String org = organisation.text("id");
        assertEquals(201, api.as(admin).post("/api/v1/organisations/" + org + "/members", person.asMemberJson()).status());
        assertEquals(201, api.as(admin).post("/api/v1/municipalities/" + municipality + "/coordinators",
                person.asMemberJson()).status());
        assertEquals(202, api.as(admin).post("/api/v1/organisations/" + org + "/invitations",
                "{\"email\":\"" + person.email().toUpperCase() + "\",\"displayName\":\"" + name + "\"}").status());
        assertEquals(202, api.as(admin).post("/api/v1/admin/municipalities/" + municipality + "/onboarding", """
                {"startDate":"2026-01-01","endDate":"2027-12-31",
                 "coordinators":[{"email":"%s","displayName":"%s"}]}""".formatted(person.email(), name)).status());
        String token = TestTokens.v2().editor().as(person).sign();
        ApiResponse listing = api.as(token).post("/api/v1/opportunities", CatalogueFixture.aWorkTrial(UUID.fromString(org),
                "Kirjaston kahvio", municipality).replace("tyovalmennus@example.fi", person.email()));
        assertEquals(201, listing.status(), listing.body());
        ApiResponse subscription = api.as(token).post("/api/v1/subscriptions/opportunity-changed",
                "{\"notificationUrl\":\"https://prod-07.westeurope.logic.azure.com:443/workflows/" + UUID.randomUUID()
                        + "/triggers/manual/paths/invoke?api-version=2016-06-01&sig=c2lnbmF0dXJl\",\"municipality\":\"167\"}");
        assertEquals(201, subscription.status(), subscription.body());
        return new Seeded(person, municipality, org, listing.text("id"), subscription.text("id"),
                listing.json().get("version").getLongValue(),
                api.as(admin).get("/api/v1/organisations/" + org).json().get("version").getLongValue());
    }

    private static String identityOf(Person person) {
        return "{\"tenantId\":\"" + person.tenantId() + "\",\"objectId\":\"" + person.oid() + "\"}";
    }

    private static void assertFindsEverything(ApiResponse export, Seeded seeded) {
        assertEquals(200, export.status(), export.body());
        for (String kind : List.of("memberships", "coordinations", "listingContacts", "organisationContacts",
                "invitations", "onboardingCoordinators", "subscriptions")) {
            assertEquals(1, export.json().get(kind).size(), kind + " in " + export.body());
        }
        assertEquals(seeded.listing(), export.text("listingContacts.0.opportunityId"));
        assertEquals(seeded.subscription(), export.text("subscriptions.0.subscriptionId"));
        assertEquals(seeded.person().name(), export.text("subscriptions.0.ownerName"));
        assertEquals(seeded.municipality(), export.text("onboardingCoordinators.0.municipalityCode"));
        assertTrue(export.json().get("auditActions").size() >= 1, "what she did: " + export.body());
        assertEquals(seeded.person().name(), export.text("auditActions.0.actorName"));
        assertEquals(seeded.person().oid().toString(), export.text("identities.0.objectId"));
        assertEquals(List.of(seeded.person().email()), Json.list(export.at("emails")).stream()
                .map(e -> e.getStringValue()).toList());
    }

    @Test
    void exportByAddressAndByIdentityFindsThePersonInEveryTable() {
        Seeded seeded = everywhere("Paula Persoona", "146");

        assertFindsEverything(api.as(admin).post(EXPORT, "{\"email\":\"paula.persoona@EXAMPLE.fi\"}"), seeded);
        assertFindsEverything(api.as(admin).post(EXPORT, identityOf(seeded.person())), seeded);
    }

    @Test
    void erasureByIdentityRemovesNameAndAddressEverywhereAndKeepsTheAuditTrail() {
        Seeded seeded = everywhere("Pirkko Poistettava", "167");
        Person pirkko = seeded.person();
        long herAuditRows = auditRowsOf(pirkko);

        ApiResponse erased = api.as(admin).post(ERASE, identityOf(pirkko));
        assertEquals(200, erased.status(), erased.body());

        ApiResponse members = api.as(admin).get("/api/v1/organisations/" + seeded.organisation() + "/members");
        assertEquals(1, members.items().size(), "the membership that grants access stays: " + members.body());
        assertEquals("[erased]", members.text("value.0.displayName"));
        assertNull(members.items().get(0).get("email"));
        ApiResponse coordinators = api.as(admin).get("/api/v1/municipalities/167/coordinators");
        assertFalse(coordinators.body().contains("Pirkko") || coordinators.body().contains("pirkko.p"), coordinators.body());
        assertEquals(List.of(), api.as(admin).get("/api/v1/organisations/" + seeded.organisation() + "/invitations").items());
        ApiResponse onboarding = api.as(admin).get("/api/v1/admin/municipalities/167/onboarding");
        assertEquals("[erased]", onboarding.text("coordinators.0.displayName"), onboarding.body());
        assertNull(onboarding.at("coordinators.0").get("email"));
        assertNull(api.as(admin).get("/api/v1/subscriptions/" + seeded.subscription()).json().get("ownerName"));
        ApiResponse listing = api.as(admin).get("/api/v1/opportunities/" + seeded.listing());
        assertNull(listing.at("contact").get("email"));
        assertNull(listing.at("contact").get("name"));
        assertNull(api.as(admin).get("/api/v1/organisations/" + seeded.organisation()).at("contact").get("email"));

        ApiResponse audit = api.as(admin).get("/api/v1/admin/audit?top=500");
        assertFalse(audit.body().contains("Pirkko") || audit.body().contains("pirkko.p"), audit.body());
        assertEquals(herAuditRows, auditRowsOf(pirkko), "her rows stay, as the trail they are");
        assertEquals(0L, count("SELECT COUNT(*) FROM audit_event WHERE actor_name LIKE '%Pirkko%'"));
        assertEquals(1L, auditRows("OPPORTUNITY", "CONTACT_ERASED", seeded.listing()));
        assertEquals(1L, auditRows("ORGANISATION", "CONTACT_ERASED", seeded.organisation()));

        ApiResponse after = api.as(admin).post(EXPORT, identityOf(pirkko));
        assertFalse(after.body().contains("Pirkko") || after.body().contains("pirkko.p"), after.body());
        ApiResponse byAddress = api.as(admin).post(EXPORT, "{\"email\":\"pirkko.poistettava@example.fi\"}");
        for (String kind : List.of("memberships", "coordinations", "listingContacts", "organisationContacts",
                "invitations", "onboardingCoordinators", "subscriptions", "auditActions")) {
            assertEquals(0, byAddress.json().get(kind).size(), kind + " in " + byAddress.body());
        }
    }

    @Test
    void anEditFormOpenedBeforeTheErasureCannotWriteTheContactBack() {
        Seeded seeded = everywhere("Pentti Peruttava", "260");
        assertEquals(200, api.as(admin).post(ERASE, "{\"email\":\"pentti.peruttava@example.fi\"}").status());

        ApiResponse listing = api.as(admin).get("/api/v1/opportunities/" + seeded.listing());
        assertNotEquals(seeded.listingVersion(), listing.json().get("version").getLongValue());
        ApiResponse staleListing = api.as(admin).header("If-Match", "\"" + seeded.listingVersion() + "\"")
                .patch("/api/v1/opportunities/" + seeded.listing(), "{\"contact\":{\"role\":\"Työvalmentaja\","
                        + "\"name\":\"Pentti Peruttava\",\"email\":\"pentti.peruttava@example.fi\"}}");
        assertEquals(412, staleListing.status(), staleListing.body());
        assertEquals("VERSION_CONFLICT", staleListing.text("error.code"));

        ApiResponse staleOrganisation = api.as(admin).header("If-Match", "\"" + seeded.organisationVersion() + "\"")
                .patch("/api/v1/organisations/" + seeded.organisation(), "{\"contact\":{\"email\":\"pentti.peruttava@example.fi\"}}");
        assertEquals(412, staleOrganisation.status(), staleOrganisation.body());
        assertNull(api.as(admin).get("/api/v1/opportunities/" + seeded.listing()).at("contact").get("email"));
        assertNull(api.as(admin).get("/api/v1/organisations/" + seeded.organisation()).at("contact").get("email"));
    }

    @Test
    void erasingTheOwnerNameOfASubscriptionRaisesItsVersionLikeAnyOtherChange() {
        Seeded seeded = everywhere("Saara Seuraaja", "276");
        long before = subscriptionVersion(seeded.subscription());

        assertEquals(200, api.as(admin).post(ERASE, identityOf(seeded.person())).status());

        assertNull(api.as(admin).get("/api/v1/subscriptions/" + seeded.subscription()).json().get("ownerName"));
        assertEquals(before + 1, subscriptionVersion(seeded.subscription()),
                "a subscription read before the erasure cannot be saved over it");
    }

    @Test
    void anIdentityNeedsBothHalvesAsGuids() {
        String person = UUID.randomUUID().toString();
        ApiResponse halfOnly = api.as(admin).post(EXPORT, "{\"objectId\":\"" + person + "\"}");
        assertEquals(422, halfOnly.status(), halfOnly.body());
        assertEquals("tenantId", halfOnly.text("error.target"));
        ApiResponse notAGuid = api.as(admin).post(ERASE, "{\"tenantId\":\"contoso\",\"objectId\":\"" + person + "\"}");
        assertEquals(422, notAGuid.status(), notAGuid.body());
        assertEquals("tenantId", notAGuid.text("error.target"));
        assertEquals(422, api.as(admin).post(EXPORT, "{}").status());
    }

    private long subscriptionVersion(String id) {
        return count("SELECT version FROM webhook_subscription WHERE id = '" + id + "'");
    }

    private long auditRowsOf(Person person) {
        return count("SELECT COUNT(*) FROM audit_event WHERE actor_oid = '" + person.oid() + "'");
    }

    private long count(String sql) {
        return jdbc.execute(c -> {
            try (var s = c.prepareStatement(sql); var r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        });
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

    private long auditRows(String type, String actionPattern, String entityId) {
        return jdbc.execute(c -> {
            try (var s = c.prepareStatement("SELECT COUNT(*) FROM audit_event WHERE entity_type = " + SqlParameters.VARCHAR
                    + " AND action LIKE " + SqlParameters.VARCHAR
                    + (entityId == null ? "" : " AND entity_id = " + SqlParameters.VARCHAR))) {
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
