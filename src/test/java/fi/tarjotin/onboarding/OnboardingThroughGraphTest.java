package fi.tarjotin.onboarding;

import fi.tarjotin.directory.StepWorker;
import fi.tarjotin.work.WorkEngine;
import fi.tarjotin.support.Api;
import fi.tarjotin.support.ApiResponse;
import fi.tarjotin.support.CatalogueFixture;
import fi.tarjotin.support.GraphStub;
import fi.tarjotin.support.Json;
import fi.tarjotin.support.Person;
import fi.tarjotin.support.StubCredential;
import fi.tarjotin.support.TestClock;
import fi.tarjotin.support.TestEnvironment;
import fi.tarjotin.support.TestTokens;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static fi.tarjotin.onboarding.OnboardingWithoutDirectoryTest.ADMIN;
import static fi.tarjotin.onboarding.OnboardingWithoutDirectoryTest.admin;
import static fi.tarjotin.onboarding.OnboardingWithoutDirectoryTest.onboarding;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Onboarding against a Graph-compatible stub: the requests the SDK sends, throttling with Retry-After,
 * outages, an existing member, repeats and a worker that dies holding its steps. The scheduled worker is
 * off; the test runs rounds itself and moves the worker's clock instead of waiting.
 */
@MicronautTest(transactional = false)
class OnboardingThroughGraphTest extends TestEnvironment {

    private static final GraphStub GRAPH = new GraphStub();

    @Inject
    Api api;

    @Inject
    StepWorker worker;

    @Inject
    WorkEngine engine;

    @Inject
    TestClock clock;

    @Inject
    JdbcOperations jdbc;

    @Inject
    TransactionOperations<Connection> transactions;

    @Inject
    CatalogueFixture fixture;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.putAll(GRAPH.properties());
        properties.put("tarjotin.directory.worker.enabled", "false");
        properties.put("tarjotin.directory.worker.backoff", "10s");
        return properties;
    }

    @AfterAll
    void stopGraph() {
        GRAPH.close();
    }

    /** Runs worker rounds until none finds work; bounded, so a step that never settles fails the test. */
    private void workOff() {
        for (int round = 0; round < 20; round++) {
            if (engine.run(worker) == 0) {
                return;
            }
        }
        throw new AssertionError("directory steps did not settle");
    }

    private ApiResponse onboard(String code, String... coordinators) {
        ApiResponse started = api.as(admin()).post(ADMIN + "/" + code + "/onboarding", onboarding(coordinators));
        assertEquals(202, started.status(), started.body());
        return started;
    }

    private ApiResponse state(String code) {
        return api.as(admin()).header("Accept-Language", "en").get(ADMIN + "/" + code + "/onboarding");
    }

    private static JsonNode step(ApiResponse state, String name) {
        return Json.list(state.at("steps")).stream().filter(s -> s.get("name").getStringValue().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError(name + " missing: " + state.body()));
    }

    @Test
    void allStepsReachDoneThroughTheRequestsGraphExpects() {
        String existing = GRAPH.existingUser("jussi@juuka.fi");
        onboard("176", "jussi@juuka.fi", "oona@juuka.fi");

        workOff();

        ApiResponse state = state("176");
        assertEquals("DONE", state.text("status"), state.body());
        Json.list(state.at("steps")).forEach(s -> assertEquals("DONE", s.get("status").getStringValue(), state.body()));

        String group = GRAPH.groupId("tarjotin-coordinators-176");
        assertNotNull(group);
        GraphStub.Received createGroup = GRAPH.received("POST", "/v1.0/groups").get(0);
        assertEquals("Bearer " + StubCredential.TOKEN, createGroup.authorization());
        assertTrue(createGroup.body().contains("\"securityEnabled\":true"), createGroup.body());
        assertTrue(createGroup.body().contains("\"mailEnabled\":false"), createGroup.body());
        assertTrue(GRAPH.received("GET", "/v1.0/groups").stream()
                .anyMatch(r -> r.query().contains("mailNickname eq 'tarjotin-coordinators-176'")));

        GraphStub.Received assignment = GRAPH.received("POST", "/groups/" + group + "/appRoleAssignments").get(0);
        assertEquals(group, GraphStub.field(assignment.body(), "principalId"));
        assertEquals(GraphStub.SERVICE_PRINCIPAL_ID, GraphStub.field(assignment.body(), "resourceId"));
        assertEquals(GraphStub.COORDINATOR_ROLE_ID, GraphStub.field(assignment.body(), "appRoleId"));

        assertTrue(GRAPH.received("GET", "/v1.0/users").stream()
                .anyMatch(r -> r.query().contains("mail eq 'jussi@juuka.fi'")));
        List<GraphStub.Received> invitations = GRAPH.received("POST", "/v1.0/invitations");
        assertEquals(1, invitations.size(), "only the person not yet in the tenant is invited");
        String invitation = invitations.get(0).body();
        assertEquals("oona@juuka.fi", GraphStub.field(invitation, "invitedUserEmailAddress"));
        assertEquals("https://apps.powerapps.com/play/tarjotin", GraphStub.field(invitation, "inviteRedirectUrl"));
        assertEquals("fi-FI", GraphStub.field(invitation, "messageLanguage"));
        assertTrue(GraphStub.field(invitation, "customizedMessageBody").startsWith("Tervetuloa"), invitation);
        assertTrue(invitation.contains("\"sendInvitationMessage\":true"), invitation);

        String invited = GRAPH.userId("oona@juuka.fi");
        List<GraphStub.Received> refs = GRAPH.received("POST", "/groups/" + group + "/members/$ref");
        assertEquals(2, refs.size());
        assertTrue(refs.stream().anyMatch(r -> GraphStub.field(r.body(), "@odata.id")
                .equals(GRAPH.baseUrl() + "/directoryObjects/" + invited)));
        assertTrue(GRAPH.isMember(group, existing) && GRAPH.isMember(group, invited));

        Person jussi = new Person(UUID.fromString(existing), TestTokens.HOME_TENANT, "Jussi", "jussi@juuka.fi");
        ApiResponse me = api.as(TestTokens.v2().as(jussi).coordinator().sign()).get("/api/v1/me");
        assertEquals("176", me.text("municipalities.0.code"), me.body());
    }

    @Test
    void aRepeatedOnboardingChangesNothing() {
        onboard("260", "kaija@kitee.fi");
        workOff();
        ApiResponse before = state("260");
        int requests = GRAPH.received().size();
        int audits = api.as(admin()).get("/api/v1/admin/audit?entityType=MUNICIPALITY&entityId=260").items().size();

        ApiResponse again = onboard("260", "KAIJA@kitee.fi");
        workOff();

        assertEquals(before.at("steps"), again.at("steps"));
        assertEquals(before.at("steps"), state("260").at("steps"));
        assertEquals(requests, GRAPH.received().size(), "no directory call for a repeat");
        assertEquals(audits, api.as(admin()).get("/api/v1/admin/audit?entityType=MUNICIPALITY&entityId=260").items().size());
        assertEquals(1, Json.list(again.at("coordinators")).size());
    }

    @Test
    void aThrottledStepIsRetriedAfterTheDelayGraphStated() {
        GRAPH.failNext("POST", "/v1.0/invitations", 429, "120");
        onboard("309", "olli@outokumpu.fi");

        workOff();

        ApiResponse throttled = state("309");
        JsonNode invite = step(throttled, "INVITE_COORDINATOR_1");
        assertEquals("PENDING", invite.get("status").getStringValue());
        assertTrue(invite.get("message").getStringValue().contains("asked to wait"), throttled.body());
        Instant triedAt = Instant.parse(invite.get("updatedAt").getStringValue());
        assertEquals(triedAt.plusSeconds(120), Instant.parse(invite.get("nextAttemptAt").getStringValue()));
        int invitations = GRAPH.received("POST", "/v1.0/invitations").size();

        clock.advance(Duration.ofSeconds(119));
        workOff();
        assertEquals(invitations, GRAPH.received("POST", "/v1.0/invitations").size(), "not before the delay");

        clock.advance(Duration.ofSeconds(2));
        workOff();
        assertEquals(invitations + 1, GRAPH.received("POST", "/v1.0/invitations").size());
        assertEquals("DONE", state("309").text("status"), state("309").body());
    }

    @Test
    void aRetryAfterGivenAsAnHttpDateIsReadAgainstTheServiceClock() {
        clock.advance(Duration.ofMinutes(30));
        Instant notBefore = clock.now().plusSeconds(300).truncatedTo(ChronoUnit.SECONDS);
        GRAPH.failNext("POST", "/v1.0/invitations", 429, DateTimeFormatter.RFC_1123_DATE_TIME.format(
                notBefore.atOffset(ZoneOffset.UTC)));
        onboard("607", "paula@polvijarvi.fi");

        workOff();

        JsonNode invite = step(state("607"), "INVITE_COORDINATOR_1");
        assertEquals("PENDING", invite.get("status").getStringValue());
        assertEquals(notBefore, Instant.parse(invite.get("nextAttemptAt").getStringValue()),
                "the date Graph named, not one shifted by the difference between the service clock and the wall clock");
        clock.advance(Duration.ofSeconds(301));
        workOff();
        assertEquals("DONE", state("607").text("status"), state("607").body());
    }

    @Test
    void aRetryAfterShorterThanTheBackoffDoesNotShortenIt() {
        // "1", not "0": OkHttp itself repeats a 503 that says Retry-After: 0 at once, before the worker sees it.
        GRAPH.failNext("POST", "/v1.0/invitations", 503, "1");
        onboard("848", "tuomas@tohmajarvi.fi");

        workOff();

        JsonNode invite = step(state("848"), "INVITE_COORDINATOR_1");
        assertEquals("PENDING", invite.get("status").getStringValue());
        assertEquals(Instant.parse(invite.get("updatedAt").getStringValue()).plusSeconds(10),
                Instant.parse(invite.get("nextAttemptAt").getStringValue()), "the first backoff, 10 s, not Graph's 1 s");
        clock.advance(Duration.ofSeconds(11));
        workOff();
        assertEquals("DONE", state("848").text("status"), state("848").body());
    }

    @Test
    void anOutageIsRetriedWithBackoffAndAnExistingMemberIsFine() {
        String existing = GRAPH.existingUser("lea@lieksa.fi");
        // Someone has added her to the group by hand: Graph will answer her $ref with 400 "already exist".
        GRAPH.alreadyMember("tarjotin-coordinators-422", existing);
        GRAPH.failNext("POST", "/v1.0/groups", 503, null);
        onboard("422", "lea@lieksa.fi");

        workOff();
        JsonNode group = step(state("422"), "CREATE_GROUP");
        assertEquals("PENDING", group.get("status").getStringValue());
        assertEquals(1, group.get("attempts").getIntValue());
        assertTrue(group.get("message").getStringValue().contains("did not answer"));

        clock.advance(Duration.ofSeconds(11));
        workOff();
        String groupId = GRAPH.groupId("tarjotin-coordinators-422");

        assertEquals("DONE", state("422").text("status"), state("422").body());
        assertEquals(List.of(GraphStub.COORDINATOR_ROLE_ID), GRAPH.appRolesOf(groupId));
        assertEquals(1, GRAPH.received("POST", "/groups/" + groupId + "/members/$ref").size());
    }

    @Test
    void aWorkerThatDiesHoldingItsStepsLosesNoneOfThem() {
        onboard("426", "liisa@liperi.fi", "lauri@liperi.fi");
        engine.run(worker);
        assertEquals("IN_PROGRESS", state("426").text("status"), "stopped half-way");

        // Another instance claims what is left and dies before recording anything.
        Instant leaseUntil = clock.now().plus(Duration.ofMinutes(5));
        int claimed = transactions.executeWrite(status -> jdbc.execute(c -> {
            try (var s = c.prepareStatement("UPDATE directory_step SET lease_owner = 'crashed-instance', "
                    + "lease_expires_at = ? WHERE subject_id = '426' AND status = 'PENDING'")) {
                s.setTimestamp(1, Timestamp.from(leaseUntil));
                return s.executeUpdate();
            }
        }));
        assertTrue(claimed > 0);
        workOff();
        assertFalse(Json.list(state("426").at("steps")).stream()
                .filter(s -> s.get("status").getStringValue().equals("PENDING")).toList().isEmpty(),
                "the lease is respected while it lasts");

        clock.advance(Duration.ofMinutes(6));
        workOff();

        ApiResponse finished = state("426");
        assertEquals("DONE", finished.text("status"), finished.body());
        assertEquals(8, Json.list(finished.at("steps")).size());
        assertEquals(1, GRAPH.received("POST", "/v1.0/groups").stream()
                .filter(r -> r.body().contains("tarjotin-coordinators-426")).count(), "one group, not two");
    }

    @Test
    void aGroupOfTheNameThatTheServiceDidNotCreateIsRefusedAndGetsNoMemberNorRole() {
        // A home-tenant user got there first with a group of the very name the service would create.
        String foreign = GRAPH.foreignGroup("tarjotin-coordinators-541");
        String nina = GRAPH.existingUser("nina@nurmes.fi");
        onboard("541", "nina@nurmes.fi");

        workOff();

        ApiResponse state = state("541");
        JsonNode group = step(state, "CREATE_GROUP");
        assertEquals("FAILED", group.get("status").getStringValue(), state.body());
        assertTrue(group.get("message").getStringValue().contains("not created by the service"), state.body());
        assertEquals("PENDING", step(state, "ASSIGN_APP_ROLE").get("status").getStringValue());
        assertEquals("PENDING", step(state, "ADD_COORDINATOR_1_TO_GROUP").get("status").getStringValue());
        assertTrue(GRAPH.received("POST", "/groups/" + foreign + "/").isEmpty(), "nothing is sent to that group");
        assertFalse(GRAPH.isMember(foreign, nina));
        assertEquals(List.of(), GRAPH.appRolesOf(foreign));
        assertEquals(0, GRAPH.received("POST", "/v1.0/groups").stream()
                .filter(r -> r.body().contains("tarjotin-coordinators-541")).count(), "no second group of that name");
    }

    @Test
    void theEditorsGroupIsCreatedOnceAndFoundByItsStoredIdFromThenOn() {
        UUID organisation = fixture.anAssociation("Kontiolahden Kotiseutuyhdistys ry", "276");
        String path = "/api/v1/organisations/" + organisation + "/invitations";
        String first = api.as(admin()).post(path, "{\"email\":\"ville@kontiolahti.fi\",\"displayName\":\"Ville\"}").text("id");
        workOff();
        String group = GRAPH.groupId("tarjotin-editors");
        // Later someone creates a look-alike; the stored id is what counts, so it is never even looked up.
        GRAPH.foreignGroup("tarjotin-editors");
        String second = api.as(admin()).post(path, "{\"email\":\"vilma@kontiolahti.fi\",\"displayName\":\"Vilma\"}").text("id");
        workOff();

        assertEquals("INVITED", api.as(admin()).get(path + "/" + first).text("status"));
        assertEquals("INVITED", api.as(admin()).get(path + "/" + second).text("status"));
        assertEquals(1, GRAPH.received("POST", "/v1.0/groups").stream()
                .filter(r -> r.body().contains("tarjotin-editors")).count(), "created once");
        assertEquals(1, GRAPH.received("GET", "/v1.0/groups").stream()
                .filter(r -> r.query().contains("'tarjotin-editors'")).count(), "looked up by name only before creating it");
        assertTrue(GRAPH.isMember(group, GRAPH.userId("ville@kontiolahti.fi")));
        assertTrue(GRAPH.isMember(group, GRAPH.userId("vilma@kontiolahti.fi")));
        assertEquals(List.of(GraphStub.EDITOR_ROLE_ID), GRAPH.appRolesOf(group));
    }

    @Test
    void afterALostAnswerTheServiceTakesItsOwnGroupNotALookAlikeMadeMeanwhile() {
        GRAPH.loseNextAnswer("POST", "/v1.0/groups");
        onboard("707", "riikka@raakkyla.fi");
        engine.run(worker);
        String ours = GRAPH.groupId("tarjotin-coordinators-707");
        assertNotNull(ours, "Graph made the group, but its answer was lost");
        String lookAlike = GRAPH.foreignGroup("tarjotin-coordinators-707");

        clock.advance(Duration.ofSeconds(11));
        workOff();

        assertEquals("DONE", state("707").text("status"), state("707").body());
        assertEquals(List.of(GraphStub.COORDINATOR_ROLE_ID), GRAPH.appRolesOf(ours));
        assertTrue(GRAPH.isMember(ours, GRAPH.userId("riikka@raakkyla.fi")));
        assertEquals(List.of(), GRAPH.appRolesOf(lookAlike));
        assertEquals(1, GRAPH.received("POST", "/v1.0/groups").stream()
                .filter(r -> r.body().contains("tarjotin-coordinators-707")).count(), "one group, not two");
    }
}
