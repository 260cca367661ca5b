package fi.tarjotin.access;

import fi.tarjotin.support.Api;
import fi.tarjotin.support.ApiResponse;
import fi.tarjotin.support.Json;
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
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Beside the home tenant, only the tenants in tarjotin.entra.admin-tenant-ids make regional admins. */
@MicronautTest
class AdminTenantsTest extends TestEnvironment {

    static final UUID REGIONAL_COUNCIL = UUID.fromString("3a4b5c6d-7e8f-4091-a2b3-c4d5e6f70812");
    static final UUID PARTNER = UUID.fromString("9f8e7d6c-5b4a-4321-8fed-cba987654321");
    static final UUID ADMIN_ONLY = UUID.fromString("5e5e5e5e-1a1a-4b4b-8c8c-2d2d2d2d2d2d");

    @Inject
    Api api;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("tarjotin.entra.additional-tenant-ids", REGIONAL_COUNCIL + "," + PARTNER);
        // Upper case and spaces, as an operator may paste them: the same tenants.
        properties.put("tarjotin.entra.admin-tenant-ids",
                REGIONAL_COUNCIL.toString().toUpperCase() + ", " + ADMIN_ONLY);
        return properties;
    }

    @Test
    void anAdminOfATenantListedForAdminsAdministersAndOneOfAnyOtherAcceptedTenantOnlyReads() {
        Person council = Person.named("Reija Maakunta").inTenant(REGIONAL_COUNCIL);
        Person partner = Person.named("Pekka Kumppani").inTenant(PARTNER);
        for (TestTokens version : List.of(TestTokens.v1(), TestTokens.v2())) {
            String token = version.as(council).admin().sign();
            assertEquals(200, api.as(token).get("/api/v1/admin/audit").status());
            ApiResponse me = api.as(token).get("/api/v1/me");
            assertEquals(List.of("Tarjotin.Admin"), Json.strings(me.at("roles")), me.body());
            assertTrue(me.at("permissions.canAdminister").getBooleanValue());
        }
        for (TestTokens version : List.of(TestTokens.v1(), TestTokens.v2())) {
            String token = version.as(partner).admin().sign();
            assertEquals(200, api.as(token).get("/api/v1/municipalities").status());
            assertEquals(403, api.as(token).get("/api/v1/admin/audit").status());
            assertFalse(api.as(token).get("/api/v1/me").at("permissions.canAdminister").getBooleanValue());
        }
    }

    @Test
    void beingListedForAdminsDoesNotByItselfLetATenantSignIn() {
        Person outsider = Person.named("Olli Ulkopuolinen").inTenant(ADMIN_ONLY);
        Person partner = Person.named("Pia Kumppani").inTenant(PARTNER);

        assertEquals(401, api.as(TestTokens.v2().as(outsider).admin().sign()).get("/api/v1/me").status());
        assertEquals(403, api.as(TestTokens.v2().as(partner).admin().sign()).post("/api/v1/admin/municipalities", """
                {"code":"932","name":{"fi":"Kunta"},"regionCode":"12","population":1}""").status());
    }
}
