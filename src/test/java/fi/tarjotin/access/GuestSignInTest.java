package fi.tarjotin.access;

import fi.tarjotin.organisation.OrganisationFixture;
import fi.tarjotin.support.Api;
import fi.tarjotin.support.ApiResponse;
import fi.tarjotin.support.Person;
import fi.tarjotin.support.TestEnvironment;
import fi.tarjotin.support.TestTokens;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static fi.tarjotin.support.CatalogueFixture.aWorkTrial;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Association volunteers are B2B guests of the home tenant with personal addresses. Signed in through the
 * connector against the home tenant, their tokens come from the home tenant with the guest's claims, and
 * the service takes them as the guest: their own object id there, their memberships, their invitation.
 */
@MicronautTest(transactional = false)
class GuestSignInTest extends TestEnvironment {

    /** The tenant of personal Microsoft accounts: where a guest ends up when a client signs in through "common". */
    private static final UUID MICROSOFT_ACCOUNTS = UUID.fromString("9188040d-6c67-4c5b-b112-36a304b66dad");

    @Inject
    Api api;

    @Test
    void aGuestsHomeTenantTokenSignsInAsTheGuestInBothTokenVersions() {
        Person volunteer = new Person(UUID.randomUUID(), TestTokens.HOME_TENANT, "Veera Vapaaehtoinen",
                "veera.vapaaehtoinen@gmail.com");
        for (String token : List.of(TestTokens.v1().as(volunteer).guest("mail").sign(),
                TestTokens.v2().as(volunteer).guest("mail").sign(),
                TestTokens.v1().as(volunteer).guest("live.com").sign(),
                TestTokens.v2().as(volunteer).guest("https://sts.windows.net/" + MICROSOFT_ACCOUNTS + "/").sign())) {
            ApiResponse me = api.as(token).get("/api/v1/me");

            assertEquals(200, me.status(), me.body());
            assertEquals(volunteer.oid().toString(), me.text("oid"));
            assertEquals(TestTokens.HOME_TENANT.toString(), me.text("tenantId"));
            assertEquals("Veera Vapaaehtoinen", me.text("name"));
        }
    }

    @Test
    void anInvitedGuestBecomesAMemberOnFirstSignInAndEditsTheOrganisationsListings() {
        String admin = OrganisationFixture.adminToken();
        String organisation = new OrganisationFixture(api).anAssociationIn("Kiteen Kyläyhdistys ry", "260");
        String invitations = "/api/v1/organisations/" + organisation + "/invitations";
        ApiResponse invited = api.as(admin).post(invitations,
                "{\"email\":\"ville.talkoot@outlook.com\",\"displayName\":\"Ville Talkoot\"}");
        assertEquals(202, invited.status(), invited.body());
        UUID guestObjectId = UUID.randomUUID();
        for (String step : List.of("EDITOR_GROUP", "ASSIGN_EDITOR_APP_ROLE", "ADD_TO_GROUP")) {
            assertEquals(200, api.as(admin).post(invitations + "/" + invited.text("id") + "/steps/" + step + "/complete",
                    "{}").status());
        }
        assertEquals(200, api.as(admin).post(invitations + "/" + invited.text("id") + "/steps/INVITE_USER/complete",
                "{\"objectId\":\"" + guestObjectId + "\"}").status());

        Person ville = new Person(guestObjectId, TestTokens.HOME_TENANT, "Ville Talkoot", "ville.talkoot@outlook.com");
        String token = TestTokens.v1().as(ville).editor().guest("mail").sign();
        assertEquals(200, api.as(token).get("/api/v1/me").status());

        assertEquals(organisation, api.as(token).get("/api/v1/me").text("organisations.0.id"));
        ApiResponse created = api.as(token).post("/api/v1/opportunities", aWorkTrial(UUID.fromString(organisation),
                "Kylätalon talkoot", "260"));
        assertEquals(201, created.status(), created.body());
        assertEquals("ACCEPTED", api.as(admin).get(invitations + "/" + invited.text("id")).text("status"));
    }

    @Test
    void theSamePersonSignedInThroughCommonComesFromTheirOwnTenantAndIsRefused() {
        Person ownAccount = new Person(UUID.randomUUID(), MICROSOFT_ACCOUNTS, "Veera Vapaaehtoinen",
                "veera.vapaaehtoinen@outlook.com");

        ApiResponse refused = api.as(TestTokens.v2().as(ownAccount).sign()).get("/api/v1/me");

        assertEquals(401, refused.status(), refused.body());
    }
}
