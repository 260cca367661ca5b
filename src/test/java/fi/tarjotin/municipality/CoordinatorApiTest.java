package fi.tarjotin.municipality;

import fi.tarjotin.audit.AuditLog;
import fi.tarjotin.organisation.OrganisationFixture;
import fi.tarjotin.support.Api;
import fi.tarjotin.support.ApiResponse;
import fi.tarjotin.support.Person;
import fi.tarjotin.support.TestEnvironment;
import fi.tarjotin.support.TestTokens;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static fi.tarjotin.organisation.OrganisationFixture.adminToken;
import static fi.tarjotin.organisation.OrganisationFixture.anAssociation;
import static fi.tarjotin.organisation.OrganisationFixture.clean;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest
class CoordinatorApiTest extends TestEnvironment {

    private static final String LIEKSA = "/api/v1/municipalities/422/coordinators";
    private static final String NURMES = "/api/v1/municipalities/541/coordinators";

    private final Person lieksaCoordinator = Person.named("Liisa Lieksalainen");
    private final Person nurmesCoordinator = Person.named("Niilo Nurmeslainen");
    private final Person editor = Person.named("Erkki Editori");

    @Inject
    Api api;

    @Inject
    AuditLog auditLog;

    OrganisationFixture fixture;

    @BeforeAll
    void setUp() {
        fixture = new OrganisationFixture(api);
        fixture.addCoordinator("422", lieksaCoordinator);
        fixture.addCoordinator("541", nurmesCoordinator);
        fixture.addMember(fixture.anAssociationIn("Lieksan Yhdistys ry", "422"), editor);
    }

    private Api.Call admin() {
        return api.as(adminToken());
    }

    private Api.Call coordinator(Person person) {
        return api.as(TestTokens.v2().coordinator().as(person).sign());
    }

    private static void assertForbidden(ApiResponse response) {
        clean(response);
        assertEquals(403, response.status(), response.body());
    }

    @Test
    void adminAssignsACoordinatorWithLocationAndAuditRow() {
        Person person = Person.named("Kaija Koordinaattori");

        ApiResponse added = clean(admin().post("/api/v1/municipalities/090/coordinators", person.asMemberJson()));

        assertEquals(201, added.status(), added.body());
        String id = added.text("id");
        assertEquals(api.uri("/api/v1/municipalities/090/coordinators/" + id).toString(),
                added.header("Location").orElseThrow());
        assertEquals("090", added.text("municipalityCode"));
        assertEquals(person.oid().toString(), added.text("oid"));
        assertEquals(person.tenantId().toString(), added.text("tenantId"));
        assertEquals("Kaija Koordinaattori", added.text("displayName"));
        assertEquals(person.email(), added.text("email"));
        assertTrue(added.text("createdAt").endsWith("Z"));
        assertEquals(id, clean(admin().get(added.header("Location").orElseThrow())).text("id"));
        var history = auditLog.history("MUNICIPALITY", "090");
        assertEquals("COORDINATOR_ADDED", history.get(0).action());
        assertEquals(List.of("coordinators[" + id + "]"), history.get(0).changedFields());
    }

    @Test
    void coordinatorsAreVisibleToAdminsAndThatMunicipalitysCoordinators() {
        ApiResponse asAdmin = clean(admin().get(LIEKSA));
        ApiResponse asOwnCoordinator = clean(api.as(TestTokens.v1().coordinator().as(lieksaCoordinator).sign())
                .get(LIEKSA));

        assertEquals(200, asAdmin.status(), asAdmin.body());
        assertEquals(lieksaCoordinator.oid().toString(), asAdmin.items().get(0).get("oid").getStringValue());
        assertEquals(200, asOwnCoordinator.status(), asOwnCoordinator.body());
        assertEquals(asAdmin.ids(), asOwnCoordinator.ids());
    }

    @Test
    void coordinatorsAreHiddenFromOtherMunicipalitiesCoordinatorsEditorsAndReaders() {
        assertForbidden(coordinator(nurmesCoordinator).get(LIEKSA));
        assertForbidden(api.as(TestTokens.v1().editor().as(editor).sign()).get(LIEKSA));
        assertForbidden(api.as(TestTokens.v2().sign()).get(LIEKSA));
    }

    @Test
    void onlyAdminsAssignCoordinators() {
        String body = Person.named("Oma Valinta").asMemberJson();

        assertForbidden(coordinator(lieksaCoordinator).post(LIEKSA, body));
        assertForbidden(coordinator(nurmesCoordinator).post(LIEKSA, body));
        assertForbidden(api.as(TestTokens.v1().editor().as(editor).sign()).post(LIEKSA, body));
        assertForbidden(api.as(TestTokens.v2().sign()).post(LIEKSA, body));
        ApiResponse appOnly = api.as(TestTokens.v2().admin().appOnly().sign()).post(LIEKSA, body);
        assertForbidden(appOnly);
        assertEquals("APP_ONLY_READS", appOnly.text("error.code"));
        assertEquals(1, admin().get(LIEKSA).ids().size());
    }

    @Test
    void samePersonTwiceIsADuplicateCoordinator() {
        ApiResponse again = clean(admin().post(NURMES, nurmesCoordinator.asMemberJson()));

        assertEquals(409, again.status(), again.body());
        assertEquals("DUPLICATE_COORDINATOR", again.text("error.code"));
    }

    @Test
    void unknownMunicipalityIsNotFound() {
        String body = Person.named("Ei Kuntaa").asMemberJson();

        assertEquals(404, clean(admin().post("/api/v1/municipalities/999/coordinators", body)).status());
        assertEquals(404, clean(admin().get("/api/v1/municipalities/999/coordinators")).status());
        assertEquals(404, clean(admin().delete("/api/v1/municipalities/999/coordinators/" + UUID.randomUUID()))
                .status());
        assertEquals(404, clean(admin().delete(LIEKSA + "/" + UUID.randomUUID())).status());
    }

    @Test
    void coordinatorWithInvalidIdsIsRefused() {
        ApiResponse refused = clean(admin().post(LIEKSA,
                "{\"oid\":\"not-a-guid\",\"tenantId\":\"" + TestTokens.HOME_TENANT + "\",\"displayName\":\"X\"}"));

        assertEquals(422, refused.status(), refused.body());
        assertEquals("oid", refused.text("error.target"));
        assertEquals("INVALID_UUID", refused.text("error.details.0.code"));
    }

    @Test
    void removedCoordinatorLosesTheirMunicipality() {
        Person leaving = Person.named("Pekka Poistuva");
        String id = fixture.addCoordinator("309", leaving);
        String url = "/api/v1/municipalities/309/coordinators/" + id;
        assertEquals(201, coordinator(leaving).post("/api/v1/organisations",
                anAssociation("Outokummun Yhdistys ry", "309")).status());

        assertForbidden(coordinator(leaving).delete(url));
        ApiResponse removed = admin().delete(url);

        assertEquals(204, removed.status(), removed.body());
        assertForbidden(coordinator(leaving).post("/api/v1/organisations",
                anAssociation("Outokummun Toinen ry", "309")));
        assertEquals(404, clean(admin().delete(url)).status());
        assertEquals("COORDINATOR_REMOVED", auditLog.history("MUNICIPALITY", "309").get(0).action());
    }
}
