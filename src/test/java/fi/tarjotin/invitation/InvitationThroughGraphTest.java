package fi.tarjotin.invitation;

import fi.tarjotin.directory.StepWorker;
import fi.tarjotin.support.Api;
import fi.tarjotin.support.ApiResponse;
import fi.tarjotin.support.CatalogueFixture;
import fi.tarjotin.support.GraphStub;
import fi.tarjotin.support.Person;
import fi.tarjotin.support.TestEnvironment;
import fi.tarjotin.support.TestTokens;
import fi.tarjotin.work.WorkEngine;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static fi.tarjotin.invitation.InvitationWithoutDirectoryTest.admin;
import static fi.tarjotin.invitation.InvitationWithoutDirectoryTest.eventually;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Inviting an editor through the Graph stub; the test runs the directory worker's rounds itself. */
@MicronautTest(transactional = false)
class InvitationThroughGraphTest extends TestEnvironment {

    private static final GraphStub GRAPH = new GraphStub();

    @Inject
    Api api;

    @Inject
    CatalogueFixture fixture;

    @Inject
    WorkEngine engine;

    @Inject
    StepWorker worker;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.putAll(GRAPH.properties());
        return properties;
    }

    @AfterAll
    void stopGraph() {
        GRAPH.close();
    }

    @Test
    void theInvitedPersonIsInvitedThroughGraphAndBecomesAMemberOnFirstSignIn() {
        UUID organisation = fixture.anAssociation("Tohmajärven Kylätoimikunta ry", "848");
        Person coordinator = fixture.coordinatorOf("848", Person.named("Tiina Tohmajärvi"));
        String path = "/api/v1/organisations/" + organisation + "/invitations";

        ApiResponse invited = api.as(TestTokens.v2().as(coordinator).coordinator().sign())
                .post(path, "{\"email\":\"kalle.kyla@gmail.com\",\"displayName\":\"Kalle Kylä\"}");
        assertEquals(202, invited.status(), invited.body());
        assertEquals("PENDING", invited.text("status"));
        String invitation = path + "/" + invited.text("id");

        // Each round does the steps whose earlier stages are done: invite, then group and role, then membership.
        for (int round = 0; round < 10 && !"INVITED".equals(api.as(admin()).get(invitation).text("status")); round++) {
            engine.run(worker);
        }
        assertEquals("INVITED", api.as(admin()).get(invitation).text("status"), "invited through Graph");

        String userId = GRAPH.userId("kalle.kyla@gmail.com");
        String invitationBody = GRAPH.received("POST", "/v1.0/invitations").get(0).body();
        assertEquals("Kalle Kylä", GraphStub.field(invitationBody, "invitedUserDisplayName"));
        String group = GRAPH.groupId("tarjotin-editors");
        assertTrue(GRAPH.isMember(group, userId));
        assertEquals(java.util.List.of(GraphStub.EDITOR_ROLE_ID), GRAPH.appRolesOf(group));

        Person kalle = new Person(UUID.fromString(userId), TestTokens.HOME_TENANT, "Kalle Kylä", "kalle.kyla@gmail.com");
        String token = TestTokens.v2().as(kalle).editor().sign();
        eventually(() -> organisation.toString().equals(api.as(token).get("/api/v1/me").text("organisations.0.id")),
                "member on first sign-in");
        assertEquals("ACCEPTED", api.as(admin()).get(invitation).text("status"));

        ApiResponse listing = api.as(token).post("/api/v1/opportunities",
                CatalogueFixture.aWorkTrial(organisation, "Kylätalon talonmiehen apulainen", "848"));
        assertEquals(201, listing.status(), "the new member edits for the organisation: " + listing.body());
    }
}
