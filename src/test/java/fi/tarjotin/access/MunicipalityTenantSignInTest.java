package fi.tarjotin.access;

import fi.tarjotin.support.Api;
import fi.tarjotin.support.ApiResponse;
import fi.tarjotin.support.Person;
import fi.tarjotin.support.TestEnvironment;
import fi.tarjotin.support.TestTokens;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * A municipality's own tenant signs in from the moment the onboarding that names it is committed, and stops
 * the moment the municipality is deactivated: remembered tokens included, on the instance that made the change.
 */
@MicronautTest(transactional = false)
class MunicipalityTenantSignInTest extends TestEnvironment {

    static final String ADMIN = "/api/v1/admin/municipalities";
    static final UUID OUTOKUMPU_TENANT = UUID.fromString("4d5e6f70-8192-4a3b-8c4d-5e6f70819203");

    @Inject
    Api api;

    final Person staff = Person.named("Outi Outokumpulainen").inTenant(OUTOKUMPU_TENANT);

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("tarjotin.directory.worker.enabled", "false");
        return properties;
    }

    @Test
    void aDeactivatedMunicipalitysTenantIsRefusedAtOnceEvenWithATokenThatAlreadyWorked() {
        String token = TestTokens.v2().as(staff).editor().sign();
        assertEquals(401, api.as(token).get("/api/v1/me").status(), "not onboarded yet");

        ApiResponse onboarded = admin().post(ADMIN + "/309/onboarding", HomeTenantAdminTest.onboarding(OUTOKUMPU_TENANT));
        assertEquals(202, onboarded.status(), onboarded.body());
        assertEquals(200, api.as(token).get("/api/v1/me").status(), "signs in as soon as onboarded");

        ApiResponse deactivated = admin().post(ADMIN + "/309/deactivate", null);
        assertEquals(200, deactivated.status(), deactivated.body());
        assertFalse(deactivated.at("active").getBooleanValue());

        ApiResponse refused = api.as(token).get("/api/v1/me");
        assertEquals(401, refused.status(), refused.body());
        assertEquals("UNAUTHORIZED", refused.text("error.code"));
        assertEquals(401, api.as(TestTokens.v1().as(staff).sign()).get("/api/v1/municipalities").status());
        assertEquals("DEACTIVATED", admin().get("/api/v1/admin/audit?entityType=MUNICIPALITY&entityId=309")
                .items().get(0).get("action").getStringValue());

        assertEquals(200, admin().post(ADMIN + "/309/activate", null).status());
        assertEquals(200, api.as(token).get("/api/v1/me").status(), "active again");
    }

    @Test
    void onlyTheHomeTenantsAdminsDeactivateAMunicipality() {
        Person coordinator = Person.named("Kerttu Koordinaattori");
        assertEquals(201, admin().post("/api/v1/municipalities/090/coordinators", coordinator.asMemberJson()).status());

        for (String token : List.of(TestTokens.v2().as(coordinator).coordinator().sign(),
                TestTokens.v1().editor().sign(), TestTokens.v2().sign())) {
            assertEquals(403, api.as(token).post(ADMIN + "/090/deactivate", null).status());
        }
        assertEquals(401, api.anonymous().post(ADMIN + "/090/deactivate", null).status());
        assertEquals(404, admin().post(ADMIN + "/999/deactivate", null).status());
        assertEquals(true, api.as(TestTokens.v2().sign()).get("/api/v1/municipalities/090").at("active")
                .getBooleanValue());
    }

    private Api.Call admin() {
        return api.as(TestTokens.v2().as(Person.named("Aino Ylläpitäjä")).admin().sign());
    }
}
