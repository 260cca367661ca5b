package fi.tarjotin.onboarding;

import fi.tarjotin.directory.StepWorker;
import fi.tarjotin.work.WorkEngine;
import fi.tarjotin.support.Api;
import fi.tarjotin.support.ApiResponse;
import fi.tarjotin.support.CatalogueFixture;
import fi.tarjotin.support.Json;
import fi.tarjotin.support.Person;
import fi.tarjotin.support.TestEnvironment;
import fi.tarjotin.support.TestTokens;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Adding and onboarding municipalities where Microsoft Graph is not configured (the local default). */
@MicronautTest(transactional = false)
class OnboardingWithoutDirectoryTest extends TestEnvironment {

    static final String ADMIN = "/api/v1/admin/municipalities";

    @Inject
    Api api;

    @Inject
    CatalogueFixture fixture;

    @Inject
    StepWorker worker;

    @Inject
    WorkEngine engine;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("tarjotin.directory.worker.enabled", "false");
        return properties;
    }

    static String admin() {
        return TestTokens.v2().as(Person.named("Aino Ylläpitäjä")).admin().sign();
    }

    static String onboarding(String... coordinatorEmails) {
        StringBuilder people = new StringBuilder();
        for (String email : coordinatorEmails) {
            people.append(people.isEmpty() ? "" : ",")
                    .append("{\"email\":\"").append(email).append("\",\"displayName\":\"Koordinaattori ").append(email.charAt(0)).append("\"}");
        }
        return """
                {"startDate":"2026-01-01","endDate":"2027-12-31","coachingTargetPerYear":40,
                 "websiteOrigins":["https://www.pieksamaki.fi","HTTPS://Tyollisyys.Pieksamaki.fi:443"],
                 "coordinators":[%s]}""".formatted(people);
    }

    @Test
    void adminAddsAMunicipalityThatIsNotYetInTheList() {
        ApiResponse created = api.as(admin()).post(ADMIN, """
                {"code":"593","name":{"fi":"Pieksämäki"},"regionCode":"10","population":17000}""");

        assertEquals(201, created.status(), created.body());
        assertEquals(api.uri("/api/v1/municipalities/593").toString(), created.header("Location").orElseThrow());
        ApiResponse read = api.as(TestTokens.v1().sign()).get("/api/v1/municipalities/593");
        assertEquals(200, read.status(), read.body());
        assertEquals("Pieksämäki", read.text("name.fi"));
        assertEquals(17000, read.at("population").getIntValue());
        ApiResponse audit = api.as(admin()).get("/api/v1/admin/audit?entityType=MUNICIPALITY&entityId=593");
        assertEquals("CREATED", audit.items().get(0).get("action").getStringValue());
    }

    @Test
    void aDuplicateCodeIsAConflictAndACodeOfOtherThanThreeDigitsIsRefused() {
        String body = """
                {"code":"%s","name":{"fi":"Kunta"},"regionCode":"12","population":100}""";

        assertEquals(409, api.as(admin()).post(ADMIN, body.formatted("541")).status());
        for (String bad : List.of("59", "5930", "abc", "")) {
            ApiResponse refused = api.as(admin()).post(ADMIN, body.formatted(bad));
            assertEquals(422, refused.status(), bad + ": " + refused.body());
            assertEquals("code", refused.text("error.target"));
        }
    }

    @Test
    void onlyAdminsAddOrOnboardMunicipalities() {
        Person coordinator = fixture.coordinatorOf("541", Person.named("Kaisa Koordinaattori"));
        for (String token : List.of(TestTokens.v1().as(coordinator).coordinator().sign(),
                TestTokens.v2().as(coordinator).coordinator().sign(), TestTokens.v2().editor().sign(),
                TestTokens.v2().admin().appOnly().sign())) {
            assertEquals(403, api.as(token).post(ADMIN, """
                    {"code":"594","name":{"fi":"Kunta"},"regionCode":"12","population":1}""").status());
            assertEquals(403, api.as(token).post(ADMIN + "/541/onboarding", onboarding()).status());
            assertEquals(403, api.as(token).get(ADMIN + "/541/onboarding").status());
        }
        assertEquals(401, api.anonymous().post(ADMIN + "/541/onboarding", onboarding()).status());
    }

    @Test
    void withoutTheDirectoryStepsStayPendingWithTheReasonAndAnAdminCompletesThemByHand() {
        ApiResponse started = api.as(admin()).header("Accept-Language", "en")
                .post(ADMIN + "/146/onboarding", onboarding("ilona@ilomantsi.fi"));

        assertEquals(202, started.status(), started.body());
        assertEquals(api.uri(ADMIN + "/146/onboarding").toString(), started.header("Location").orElseThrow());
        assertEquals("IN_PROGRESS", started.text("status"));
        assertEquals(List.of("https://tyollisyys.pieksamaki.fi", "https://www.pieksamaki.fi"),
                Json.strings(started.at("websiteOrigins")).stream().sorted().toList());
        List<JsonNode> steps = steps(started);
        assertEquals(5, steps.size());
        for (JsonNode step : steps) {
            assertEquals("PENDING", step.get("status").getStringValue());
        }
        assertTrue(steps.stream().filter(s -> !s.get("name").getStringValue().startsWith("RECORD"))
                .allMatch(s -> s.get("message").getStringValue().contains("directory integration (Microsoft Graph) is not configured")),
                started.body());

        assertEquals(0, engine.run(worker), "nothing the worker could do without the directory");
        UUID oid = UUID.randomUUID();
        for (String name : List.of("CREATE_GROUP", "ASSIGN_APP_ROLE", "ADD_COORDINATOR_1_TO_GROUP")) {
            assertEquals(200, api.as(admin()).post(ADMIN + "/146/onboarding/steps/" + name + "/complete", "{}").status());
        }
        ApiResponse invited = api.as(admin()).post(ADMIN + "/146/onboarding/steps/INVITE_COORDINATOR_1/complete",
                "{\"objectId\":\"" + oid + "\"}");
        assertEquals(200, invited.status(), invited.body());
        assertEquals(409, api.as(admin()).post(ADMIN + "/146/onboarding/steps/CREATE_GROUP/complete", "{}").status());
        assertEquals(404, api.as(admin()).post(ADMIN + "/146/onboarding/steps/NO_SUCH_STEP/complete", "{}").status());

        assertEquals(1, engine.run(worker), "the scope is recorded locally once the person's object id is known");
        ApiResponse done = api.as(admin()).get(ADMIN + "/146/onboarding");
        assertEquals("DONE", done.text("status"), done.body());
        Person ilona = new Person(oid, TestTokens.HOME_TENANT, "Koordinaattori i", "ilona@ilomantsi.fi");
        ApiResponse me = api.as(TestTokens.v1().as(ilona).coordinator().sign()).get("/api/v1/me");
        assertEquals("146", me.text("municipalities.0.code"), me.body());

        List<String> actions = api.as(admin()).get("/api/v1/admin/audit?entityType=MUNICIPALITY&entityId=146")
                .items().stream().map(i -> i.get("action").getStringValue()).toList();
        assertTrue(actions.containsAll(List.of("ONBOARDED", "STEP_COMPLETED", "COORDINATOR_ADDED")), actions.toString());
    }

    @Test
    void onboardingRefusesBadAgreementsOriginsAndCoordinatorsAllAtOnce() {
        ApiResponse refused = api.as(admin()).post(ADMIN + "/167/onboarding", """
                {"startDate":"2027-01-01","endDate":"2026-01-01","coachingTargetPerYear":-1,
                 "websiteOrigins":["http://www.joensuu.fi","https://*.joensuu.fi","https://joensuu.fi/tarjotin",
                                   "https://user@joensuu.fi","https://www.joensuu.fi:8443"],
                 "entraTenantId":"not-a-tenant",
                 "coordinators":[{"email":"no-at-sign","displayName":"X"},{"email":"a@b.fi"}]}""");

        assertEquals(422, refused.status(), refused.body());
        List<String> targets = Json.list(refused.at("error.details")).stream()
                .map(d -> d.get("target").getStringValue()).toList();
        assertEquals(List.of("endDate", "coachingTargetPerYear", "websiteOrigins[0]", "websiteOrigins[1]",
                "websiteOrigins[2]", "websiteOrigins[3]", "entraTenantId", "coordinators[0].email",
                "coordinators[1].displayName"), targets);
        assertEquals(404, api.as(admin()).get(ADMIN + "/167/onboarding").status());
        assertEquals(404, api.as(admin()).post(ADMIN + "/999/onboarding", onboarding()).status());
    }

    @Test
    void theMunicipalitysOwnTenantIsAdmittedForSignInOnceOnboarded() {
        UUID tenant = UUID.fromString("2b3c4d5e-6f70-4182-9a3b-4c5d6e7f8091");
        String body = onboarding().replace("\"coordinators\"", "\"entraTenantId\":\"" + tenant + "\",\"coordinators\"");

        ApiResponse started = api.as(admin()).post(ADMIN + "/176/onboarding", body);

        assertEquals(202, started.status(), started.body());
        assertEquals(tenant.toString(), started.text("entraTenantId"));
    }

    @Test
    void aCompletionThatLackedTheObjectIdIsCorrectedAndTheFailedStepThenRetriedSucceeds() {
        String onboarding = ADMIN + "/309/onboarding";
        assertEquals(202, api.as(admin()).post(onboarding, onboarding("olli@outokumpu.fi")).status());
        for (String name : List.of("CREATE_GROUP", "ASSIGN_APP_ROLE", "INVITE_COORDINATOR_1", "ADD_COORDINATOR_1_TO_GROUP")) {
            assertEquals(200, api.as(admin()).post(onboarding + "/steps/" + name + "/complete", "{}").status());
        }
        engine.run(worker);
        ApiResponse failed = api.as(admin()).get(onboarding);
        assertEquals("FAILED", failed.text("status"), "the scope step lacks the invited person's object id: " + failed.body());
        assertEquals("FAILED", step(failed, "RECORD_COORDINATOR_1_SCOPE").get("status").getStringValue());

        UUID oid = UUID.randomUUID();
        ApiResponse corrected = api.as(admin()).post(onboarding + "/steps/INVITE_COORDINATOR_1/complete",
                "{\"objectId\":\"" + oid + "\"}");
        assertEquals(200, corrected.status(), "a done step is completed again with the missing object id: " + corrected.body());
        ApiResponse retried = api.as(admin()).post(onboarding + "/steps/RECORD_COORDINATOR_1_SCOPE/retry", "{}");
        assertEquals(200, retried.status(), retried.body());
        engine.run(worker);

        ApiResponse done = api.as(admin()).get(onboarding);
        assertEquals("DONE", done.text("status"), done.body());
        Person olli = new Person(oid, TestTokens.HOME_TENANT, "Koordinaattori o", "olli@outokumpu.fi");
        assertEquals("309", api.as(TestTokens.v1().as(olli).coordinator().sign()).get("/api/v1/me")
                .text("municipalities.0.code"), "the corrected object id got the coordinator's scope");
        assertEquals(409, api.as(admin()).post(onboarding + "/steps/INVITE_COORDINATOR_1/complete",
                "{\"objectId\":\"" + UUID.randomUUID() + "\"}").status(), "nothing waits for it any more");
        List<String> actions = api.as(admin()).get("/api/v1/admin/audit?entityType=MUNICIPALITY&entityId=309")
                .items().stream().map(i -> i.get("action").getStringValue()).toList();
        assertTrue(actions.containsAll(List.of("STEP_CORRECTED", "STEP_RETRIED", "COORDINATOR_ADDED")), actions.toString());
    }

    @Test
    void aRetriedOnboardingWithTheSameIdempotencyKeyAnswersTheFirstAndAnotherBodyUnderItIsRefused() {
        String key = "onboard-" + UUID.randomUUID();
        // One person: a key is remembered per caller.
        String admin = TestTokens.v2().as(Person.named("Aino Ylläpitäjä")).admin().sign();
        ApiResponse first = api.as(admin).header("Idempotency-Key", key).post(ADMIN + "/260/onboarding",
                onboarding("kaisa@kitee.fi"));
        assertEquals(202, first.status(), first.body());

        ApiResponse again = api.as(admin).header("Idempotency-Key", key).post(ADMIN + "/260/onboarding",
                onboarding("kaisa@kitee.fi"));
        assertEquals(202, again.status(), again.body());
        assertEquals("true", again.header("Idempotent-Replayed").orElse(null));
        assertEquals(steps(first).size(), steps(again).size());

        ApiResponse other = api.as(admin).header("Idempotency-Key", key).post(ADMIN + "/260/onboarding",
                onboarding("kaisa@kitee.fi", "kalle@kitee.fi"));
        assertEquals(422, other.status(), other.body());
        assertEquals("Idempotency-Key", other.text("error.details.0.target"));
        assertEquals(1, api.as(admin).get(ADMIN + "/260/onboarding").at("coordinators").size(),
                "the refused body changed nothing");
    }

    private static JsonNode step(ApiResponse response, String name) {
        return steps(response).stream().filter(s -> s.get("name").getStringValue().equals(name)).findFirst().orElseThrow();
    }

    static List<JsonNode> steps(ApiResponse response) {
        return Json.list(response.at("steps"));
    }
}
