package fi.tarjotin.access;

import fi.tarjotin.support.Api;
import fi.tarjotin.support.ApiResponse;
import fi.tarjotin.support.Json;
import fi.tarjotin.support.Person;
import fi.tarjotin.support.TestEnvironment;
import fi.tarjotin.support.TestTokens;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static fi.tarjotin.organisation.OrganisationFixture.aMinimalOrganisation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Regional admin is a role of the home tenant: an onboarded municipality's own tenant may sign its staff in,
 * but the Tarjotin.Admin role its administrators can hand out grants nothing there beyond reading.
 * Coordinator and Editor keep working in that tenant, since their scope comes from the database.
 */
@MicronautTest(transactional = false)
class HomeTenantAdminTest extends TestEnvironment {

    static final String ADMIN = "/api/v1/admin/municipalities";
    static final UUID KITEE_TENANT = UUID.fromString("7c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f");
    static final UUID CHOSEN_TENANT = UUID.fromString("0f1e2d3c-4b5a-4697-8877-665544332211");

    @Inject
    Api api;

    final Person homeAdmin = Person.named("Aino Ylläpitäjä");
    final Person kiteeAdmin = Person.named("Kalle Kiteeläinen").inTenant(KITEE_TENANT);
    final Person kiteeCoordinator = Person.named("Kaija Koordinaattori").inTenant(KITEE_TENANT);

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("tarjotin.directory.worker.enabled", "false");
        return properties;
    }

    @BeforeAll
    void kiteeSignsInFromItsOwnTenant() {
        ApiResponse onboarded = asHomeAdmin().post(ADMIN + "/260/onboarding", onboarding(KITEE_TENANT));
        assertEquals(202, onboarded.status(), onboarded.body());
        ApiResponse assigned = asHomeAdmin().post("/api/v1/municipalities/260/coordinators",
                kiteeCoordinator.asMemberJson());
        assertEquals(201, assigned.status(), assigned.body());
    }

    @Test
    void anAdminRoleFromAMunicipalitysTenantCannotReadTheAuditTrailOrMetricsThatTheHomeTenantsAdminReads() {
        for (String token : kiteeAdminTokens()) {
            ApiResponse refused = api.as(token).get("/api/v1/admin/audit");
            assertEquals(403, refused.status(), refused.body());
            assertEquals("FORBIDDEN", refused.text("error.code"));
            assertEquals(403, api.as(token).get("/prometheus").status(), "operators' metrics too");
        }
        assertEquals(200, asHomeAdmin().get("/api/v1/admin/audit").status());
    }

    @Test
    void anAdminRoleFromAMunicipalitysTenantCannotAddMunicipalities() {
        for (String token : kiteeAdminTokens()) {
            ApiResponse refused = api.as(token).post(ADMIN, """
                    {"code":"931","name":{"fi":"Uusi kunta"},"regionCode":"12","population":100}""");
            assertEquals(403, refused.status(), refused.body());
        }
        assertEquals(404, api.as(TestTokens.v2().sign()).get("/api/v1/municipalities/931").status());
    }

    @Test
    void anAdminRoleFromAMunicipalitysTenantCannotOpenSignInToATenantOfItsChoosing() {
        for (String token : kiteeAdminTokens()) {
            ApiResponse refused = api.as(token).post(ADMIN + "/848/onboarding", onboarding(CHOSEN_TENANT));
            assertEquals(403, refused.status(), refused.body());
        }
        assertEquals(404, asHomeAdmin().get(ADMIN + "/848/onboarding").status());
        Person chosen = Person.named("Valittu Käyttäjä").inTenant(CHOSEN_TENANT);
        assertEquals(401, api.as(TestTokens.v2().as(chosen).admin().sign()).get("/api/v1/municipalities").status());
    }

    @Test
    void anAdminRoleFromAMunicipalitysTenantOnlyReadsAndMeShowsNoAdminRoleOrPermission() {
        for (String token : kiteeAdminTokens()) {
            assertEquals(200, api.as(token).get("/api/v1/municipalities").status());
            assertEquals(200, api.as(token).get("/api/v1/opportunities").status());
            ApiResponse me = api.as(token).get("/api/v1/me");

            assertEquals(200, me.status(), me.body());
            assertEquals(KITEE_TENANT.toString(), me.text("tenantId"));
            assertEquals(List.of(), Json.strings(me.at("roles")));
            assertFalse(me.at("permissions.canAdminister").getBooleanValue());
            assertFalse(me.at("permissions.canCreateOpportunities").getBooleanValue());
            assertFalse(me.at("permissions.canManageOrganisations").getBooleanValue());
        }
    }

    @Test
    void aCoordinatorFromTheMunicipalitysTenantStillCoordinatesItButIsNoAdmin() {
        String token = TestTokens.v1().as(kiteeCoordinator).coordinator().admin().sign();

        ApiResponse me = api.as(token).get("/api/v1/me");
        assertEquals(List.of("Tarjotin.Coordinator"), Json.strings(me.at("roles")), me.body());
        assertEquals("260", me.text("municipalities.0.code"));
        assertTrue(me.at("permissions.canCurateMunicipalities").getBooleanValue());
        assertFalse(me.at("permissions.canAdminister").getBooleanValue());
        ApiResponse created = api.as(token).post("/api/v1/organisations", aMinimalOrganisation("Kiteen Kylät ry", "260"));
        assertEquals(201, created.status(), created.body());
        assertEquals(403, api.as(token).get("/api/v1/admin/audit").status());
    }

    private List<String> kiteeAdminTokens() {
        return List.of(TestTokens.v1().as(kiteeAdmin).admin().sign(), TestTokens.v2().as(kiteeAdmin).admin().sign());
    }

    private Api.Call asHomeAdmin() {
        return api.as(TestTokens.v2().as(homeAdmin).admin().sign());
    }

    static String onboarding(UUID tenant) {
        return """
                {"startDate":"2026-01-01","endDate":"2027-12-31","coachingTargetPerYear":40,
                 "websiteOrigins":["https://www.kitee.fi"],"entraTenantId":"%s","coordinators":[]}""".formatted(tenant);
    }
}
