package fi.tarjotin.invitation;

import fi.tarjotin.support.Api;
import fi.tarjotin.support.ApiResponse;
import fi.tarjotin.support.CatalogueFixture;
import fi.tarjotin.support.Json;
import fi.tarjotin.support.Person;
import fi.tarjotin.support.TestEnvironment;
import fi.tarjotin.support.TestTokens;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Inviting association editors where Microsoft Graph is not configured: an admin finishes by hand. */
@MicronautTest(transactional = false)
class InvitationWithoutDirectoryTest extends TestEnvironment {

    @Inject
    Api api;

    @Inject
    CatalogueFixture fixture;

    UUID organisation;
    Person coordinator;

    @BeforeAll
    void setUp() {
        organisation = fixture.anAssociation("Nurmeksen Kierrätysyhdistys ry", "541");
        coordinator = fixture.coordinatorOf("541", Person.named("Noora Nurmes"));
    }

    private String path() {
        return "/api/v1/organisations/" + organisation + "/invitations";
    }

    static String admin() {
        return TestTokens.v2().as(Person.named("Aino Ylläpitäjä")).admin().sign();
    }

    /** Polls a condition with a bounded deadline (the sign-in check caches open invitees briefly). */
    static void eventually(Supplier<Boolean> condition, String what) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
        while (!condition.get()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError(what);
            }
            Thread.onSpinWait();
        }
    }

    @Test
    void coordinatorsOfTheOrganisationsMunicipalityInviteAndTheInvitationIsPending() {
        ApiResponse invited = api.as(TestTokens.v1().as(coordinator).coordinator().sign()).header("Accept-Language", "en")
                .post(path(), "{\"email\":\"vapaaehtoinen@gmail.com\",\"displayName\":\"Veera Vapaaehtoinen\"}");

        assertEquals(202, invited.status(), invited.body());
        assertEquals("PENDING", invited.text("status"));
        assertTrue(invited.header("Location").orElseThrow().endsWith(path() + "/" + invited.text("id")));
        assertTrue(Json.list(invited.at("steps")).stream().allMatch(s -> s.get("status").getStringValue().equals("PENDING")
                && s.get("message").getStringValue().contains("not configured")), invited.body());

        ApiResponse listed = api.as(TestTokens.v2().as(coordinator).coordinator().sign()).get(path());
        assertEquals(200, listed.status());
        assertTrue(listed.ids().contains(invited.text("id")));
        ApiResponse again = api.as(admin()).post(path(), "{\"email\":\"VAPAAEHTOINEN@gmail.com\",\"displayName\":\"Veera\"}");
        assertEquals(invited.text("id"), again.text("id"), "one invitation per person and organisation");
    }

    @Test
    void othersMayNotInvite() {
        Person elsewhere = fixture.coordinatorOf("167", Person.named("Jaana Joensuu"));
        String body = "{\"email\":\"someone@example.fi\",\"displayName\":\"Someone\"}";
        for (String token : List.of(TestTokens.v2().as(elsewhere).coordinator().sign(),
                TestTokens.v1().editor().sign(), TestTokens.v2().sign(), TestTokens.v2().admin().appOnly().sign())) {
            assertEquals(403, api.as(token).post(path(), body).status());
            assertEquals(403, api.as(token).get(path()).status());
        }
        assertEquals(404, api.as(admin()).post("/api/v1/organisations/" + UUID.randomUUID() + "/invitations", body).status());
        ApiResponse bad = api.as(admin()).post(path(), "{\"email\":\"not-an-address\"}");
        assertEquals(422, bad.status());
        assertEquals(List.of("email", "displayName"), Json.list(bad.at("error.details")).stream()
                .map(d -> d.get("target").getStringValue()).toList());
    }

    @Test
    void anInvitationWithEveryFieldBrokenIsAnsweredAtTheDoorWithEachFieldNamedInItsOrder() {
        ApiResponse bad = api.as(admin()).post(path(),
                "{\"email\":\"" + "a".repeat(250) + "@x.fi\",\"displayName\":\"" + "N".repeat(201) + "\"}");

        assertEquals(422, bad.status(), bad.body());
        assertEquals("VALIDATION_FAILED", bad.text("error.code"));
        assertEquals(List.of("email:INVALID_EMAIL", "displayName:INVALID_LENGTH"), Json.list(bad.at("error.details"))
                .stream().map(d -> d.get("target").getStringValue() + ":" + d.get("code").getStringValue()).toList());
    }

    @Test
    void aNameOfControlCharactersAndSpacesAloneIsNoNameAndNothingIsInvited() {
        int before = Json.list(api.as(admin()).get(path()).at("value")).size();

        ApiResponse bad = api.as(admin()).post(path(), "{\"email\":\" maija@hotmail.com \",\"displayName\":\"\\u0007 \\u0008\"}");

        assertEquals(422, bad.status(), bad.body());
        assertEquals(List.of("displayName:REQUIRED"), Json.list(bad.at("error.details"))
                .stream().map(d -> d.get("target").getStringValue() + ":" + d.get("code").getStringValue()).toList());
        assertEquals(before, Json.list(api.as(admin()).get(path()).at("value")).size(), "nothing invited");
    }

    @Test
    void anAdminCompletesTheStepsByHandAndThePersonBecomesAMemberOnFirstSignIn() {
        ApiResponse invited = api.as(admin()).post(path(), "{\"email\":\"matti@hotmail.com\",\"displayName\":\"Matti M\"}");
        String invitation = path() + "/" + invited.text("id");
        UUID oid = UUID.randomUUID();
        assertEquals(403, api.as(TestTokens.v2().as(coordinator).coordinator().sign())
                .post(invitation + "/steps/EDITOR_GROUP/complete", "{}").status(), "admins only");
        for (String step : List.of("EDITOR_GROUP", "ASSIGN_EDITOR_APP_ROLE", "ADD_TO_GROUP")) {
            assertEquals(200, api.as(admin()).post(invitation + "/steps/" + step + "/complete", "{}").status());
        }
        ApiResponse done = api.as(admin()).post(invitation + "/steps/INVITE_USER/complete", "{\"objectId\":\"" + oid + "\"}");
        assertEquals("INVITED", done.text("status"), done.body());

        Person matti = new Person(oid, TestTokens.HOME_TENANT, "Matti M", "matti@hotmail.com");
        String token = TestTokens.v1().as(matti).editor().sign();
        eventually(() -> api.as(token).get("/api/v1/me").text("organisations.0.id") != null, "member on sign-in");

        assertEquals(organisation.toString(), api.as(token).get("/api/v1/me").text("organisations.0.id"));
        assertEquals("ACCEPTED", api.as(admin()).get(invitation).text("status"));
        ApiResponse members = api.as(admin()).get("/api/v1/organisations/" + organisation + "/members");
        assertTrue(Json.list(members.at("value")).stream().anyMatch(m -> m.get("oid").getStringValue().equals(oid.toString())));
        List<String> actions = api.as(admin()).get("/api/v1/admin/audit?entityType=ORGANISATION&entityId=" + organisation)
                .items().stream().map(i -> i.get("action").getStringValue()).toList();
        assertTrue(actions.containsAll(List.of("MEMBER_INVITED", "STEP_COMPLETED", "MEMBER_ADDED")), actions.toString());
    }
}
