package fi.tarjotin.connector;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import fi.tarjotin.directory.StepWorker;
import fi.tarjotin.support.Api;
import fi.tarjotin.support.ApiResponse;
import fi.tarjotin.support.ConnectorDefinition;
import fi.tarjotin.support.Person;
import fi.tarjotin.support.TestEnvironment;
import fi.tarjotin.support.TestTokens;
import fi.tarjotin.work.WorkEngine;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static fi.tarjotin.support.CatalogueFixture.aWorkTrial;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The connector definition against the running service: every operation exists with its method and
 * path and answers its declared status to a valid request; every parameter the definition offers is read
 * by the service (a wrong value of it is refused, naming it); what the definition marks required the
 * service requires, and what it marks optional the service does without. Every response body received
 * here (and anywhere in the suite, through {@link Api}) is validated against the declared schema.
 */
// Not in a test transaction: the directory worker, run from the test, commits as it does in the service.
@MicronautTest(transactional = false)
class ConnectorContractTest extends TestEnvironment {

    @Inject
    Api api;

    @Inject
    StepWorker worker;

    @Inject
    WorkEngine engine;

    private final ConnectorDefinition definition = ConnectorDefinition.load();
    String admin;
    UUID organisation;

    /** One HTTP request of an operation. */
    record Request(String method, String path, Map<String, String> query, Map<String, String> headers, String body) {

        Request with(JsonNode parameter, String value) {
            Map<String, String> q = new LinkedHashMap<>(query);
            Map<String, String> h = new LinkedHashMap<>(headers);
            (parameter.path("in").asText().equals("header") ? h : q).put(parameter.path("name").asText(), value);
            return new Request(method, path, q, h, body);
        }

        Request without(String queryName) {
            Map<String, String> q = new LinkedHashMap<>(query);
            q.remove(queryName);
            return new Request(method, path, q, headers, body);
        }

        Request withBody(String newBody) {
            return new Request(method, path, query, headers, newBody);
        }
    }

    /** The directory steps move only when a test runs the worker, so that a step's state is the test's doing. */
    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new java.util.HashMap<>(super.getProperties());
        properties.put("tarjotin.work.enabled", "false");
        return properties;
    }

    @BeforeAll
    void setUp() {
        admin = TestTokens.v2().admin().as(Person.named("Aino Ylläpitäjä")).sign();
        organisation = UUID.fromString(newOrganisation("Pielisen Työpaja ry"));
        published();
        subscription();
    }

    @Test
    void everyOperationAnswersItsDeclaredSuccessToAValidRequest() {
        for (ConnectorDefinition.Operation op : definition.operations()) {
            ApiResponse response = send(valid(op.id()));
            String declared = op.success().getKey();
            assertEquals(Integer.parseInt(declared), response.status(), op.id() + ": " + response);
            if (declared.equals("201") || declared.equals("202")) {
                assertTrue(response.header("Location").orElse("").matches("^https?://.+/api/v1/.+"),
                        op.id() + " answers an absolute Location");
            }
        }
    }

    @Test
    void everyParameterlessGetAnswersAnAdminWithABodyOfItsSchema() {
        List<ConnectorDefinition.Operation> parameterless = definition.operations().stream()
                .filter(o -> o.method().equals("GET") && o.parameters().stream().noneMatch(p -> p.path("required").asBoolean()))
                .toList();
        assertTrue(parameterless.size() >= 5, "me, municipalities, search, organisations, subscriptions");
        for (ConnectorDefinition.Operation op : parameterless) {
            ApiResponse response = api.as(admin).get(op.path());
            assertTrue(response.status() >= 200 && response.status() < 300, op.id() + ": " + response);
            assertEquals(List.of(), ConnectorDefinition.violations(op.success().getValue().path("schema"),
                    ConnectorDefinition.parse(response.body())), op.id());
            if (response.json().get("value") != null) {
                assertTrue(response.items().size() > 0, op.id() + " has something to validate");
            }
        }
    }

    @Test
    void everyQueryAndHeaderParameterIsReadByTheService() {
        List<String> unread = new ArrayList<>();
        for (ConnectorDefinition.Operation op : definition.operations()) {
            for (JsonNode p : op.parameters()) {
                String in = p.path("in").asText();
                if (!in.equals("query") && !in.equals("header")) {
                    continue;
                }
                String name = p.path("name").asText();
                String wrong = wrongValue(p);
                if (wrong == null) {
                    unread.add(op.id() + " " + name + ": the definition gives no constraint to test it with");
                    continue;
                }
                ApiResponse response = send(valid(op.id()).with(p, wrong));
                if (!(response.status() == 400 || response.status() == 422) || !targets(response).contains(name)) {
                    unread.add(op.id() + " " + name + "=" + abbreviated(wrong) + " answered " + abbreviated(response.toString()));
                }
            }
        }
        assertEquals(KNOWN_SERVICE_GAPS.keySet(), unread.stream().map(u -> u.replaceAll("[=:].*", ""))
                .collect(Collectors.toCollection(java.util.TreeSet::new)), "parameters the service does not read: " + unread);
    }

    /**
     * Parameters the definition declares, as Power Platform callers need them, that the service does not yet
     * check: each is a change the service owes. The test above fails when one is fixed (remove it here) or a
     * new one appears.
     */
    private static final Map<String, String> KNOWN_SERVICE_GAPS = new java.util.TreeMap<>(Map.of());

    @Test
    void whatTheDefinitionRequiresTheServiceRequires() {
        List<String> problems = new ArrayList<>();
        for (ConnectorDefinition.Operation op : definition.operations()) {
            for (JsonNode p : op.parameters()) {
                if (p.path("in").asText().equals("query") && p.path("required").asBoolean()) {
                    ApiResponse response = send(valid(op.id()).without(p.path("name").asText()));
                    if (response.status() != 400 || !targets(response).contains(p.path("name").asText())) {
                        problems.add(op.id() + " without " + p.path("name").asText() + " answered " + response.status());
                    }
                }
            }
            JsonNode body = op.body().map(b -> b.path("schema")).orElse(null);
            if (body == null) {
                continue;
            }
            for (JsonNode required : body.path("required")) {
                Request request = valid(op.id());
                ObjectNode changed = (ObjectNode) ConnectorDefinition.parse(request.body());
                changed.remove(required.asText());
                ApiResponse response = send(request.withBody(changed.toString()));
                if (response.status() < 400 || response.status() >= 500) {
                    problems.add(op.id() + " without " + required.asText() + " answered " + response.status());
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void whatTheDefinitionLeavesOptionalTheServiceDoesWithout() {
        for (ConnectorDefinition.Operation op : definition.operations()) {
            JsonNode body = op.body().map(b -> b.path("schema")).orElse(null);
            if (body == null || !body.path("type").asText().equals("object")) {
                continue;
            }
            Request request = valid(op.id());
            ObjectNode minimal = (ObjectNode) ConnectorDefinition.parse(request.body());
            Set<String> required = new HashSet<>();
            body.path("required").forEach(r -> required.add(r.asText()));
            List<String> optional = new ArrayList<>();
            minimal.fieldNames().forEachRemaining(n -> {
                if (!required.contains(n)) {
                    optional.add(n);
                }
            });
            minimal.remove(optional);
            ApiResponse response = send(request.withBody(minimal.toString()));
            assertEquals(Integer.parseInt(op.success().getKey()), response.status(),
                    op.id() + " with only the required properties " + required + ": " + response);
        }
    }

    @Test
    void textLengthLimitsOfTheDefinitionAreTheService() {
        List<String> problems = new ArrayList<>();
        for (String operationId : List.of("CreateOpportunity", "CreateOrganisation")) {
            JsonNode schema = definition.operation(operationId).body().orElseThrow().path("schema");
            Map<String, JsonNode> limited = new LinkedHashMap<>();
            limitedTexts(schema, "", limited);
            assertTrue(limited.size() >= 5, operationId + " has text limits");
            for (Map.Entry<String, JsonNode> text : limited.entrySet()) {
                int max = text.getValue().path("maxLength").asInt();
                ApiResponse atLimit = send(valid(operationId).withBody(set(valid(operationId).body(), text.getKey(),
                        filler(text.getKey(), max))));
                if (targets(atLimit).contains(text.getKey())) {
                    problems.add(operationId + " " + text.getKey() + " refused at its maxLength " + max);
                }
                ApiResponse overLimit = send(valid(operationId).withBody(set(valid(operationId).body(), text.getKey(),
                        filler(text.getKey(), max + 1))));
                if (overLimit.status() != 422 || !targets(overLimit).contains(text.getKey())) {
                    problems.add(operationId + " " + text.getKey() + " accepted over its maxLength " + max + ": "
                            + overLimit.status());
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    /** A valid request of each operation, making what it needs; a new operation must be added here. */
    private Request valid(String operationId) {
        String opportunities = "/api/v1/opportunities";
        return switch (operationId) {
            case "GetMe" -> get("/api/v1/me");
            case "ListMunicipalities" -> get("/api/v1/municipalities");
            case "GetMunicipality" -> get("/api/v1/municipalities/541");
            case "ListCodes" -> get("/api/v1/codes/opportunity-types");
            case "SearchOpportunities" -> get(opportunities);
            case "CreateOpportunity" -> new Request("POST", opportunities, Map.of(), Map.of(),
                    aWorkTrial(organisation, "Verstastyö", "541"));
            case "ListOpportunityChanges" -> new Request("GET", opportunities + "/changes",
                    Map.of("since", "2020-01-01T00:00:00Z"), Map.of(), null);
            case "GetOpportunity" -> get(opportunities + "/" + draft());
            case "UpdateOpportunity" -> new Request("PATCH", opportunities + "/" + draft(), Map.of(), Map.of(),
                    "{\"version\":0,\"title\":{\"fi\":\"Verstastyö, iltavuoro\"}}");
            case "DeleteOpportunity" -> new Request("DELETE", opportunities + "/" + draft(), Map.of(), Map.of(), null);
            case "PublishOpportunity" -> post(opportunities + "/" + draft() + "/publish");
            case "CloseOpportunity" -> post(opportunities + "/" + published() + "/close");
            case "ReopenOpportunity" -> post(opportunities + "/" + closed() + "/reopen");
            case "ArchiveOpportunity" -> post(opportunities + "/" + draft() + "/archive");
            case "GetOpportunityHistory" -> get(opportunities + "/" + draft() + "/history");
            case "ListOrganisations" -> get("/api/v1/organisations");
            case "ListEditableOrganisations" -> get("/api/v1/organisations/editable");
            case "CreateOrganisation" -> new Request("POST", "/api/v1/organisations", Map.of(), Map.of(),
                    "{\"name\":\"Lieksan Kylätalo ry\",\"kind\":\"ASSOCIATION\",\"municipalityCodes\":[\"422\"],"
                            + "\"description\":{\"fi\":\"Kylätalon toimintaa.\"},"
                            + "\"contact\":{\"email\":\"kylatalo@example.fi\",\"phone\":\"+358 40 765 4321\"},"
                            + "\"address\":{\"street\":\"Kylätie 1\",\"postalCode\":\"81700\",\"postOffice\":\"Lieksa\"}}");
            case "GetOrganisation" -> get("/api/v1/organisations/" + organisation);
            case "UpdateOrganisation" -> new Request("PATCH", "/api/v1/organisations/"
                    + newOrganisation("Nurmeksen Nuoret ry"), Map.of(), Map.of(),
                    "{\"version\":0,\"website\":\"https://nuoret.example.fi\"}");
            case "ListOrganisationMembers" -> get("/api/v1/organisations/" + organisation + "/members");
            case "AddOrganisationMember" -> new Request("POST", "/api/v1/organisations/" + organisation + "/members",
                    Map.of(), Map.of(), Person.named("Maija Jäsen").asMemberJson());
            case "GetOrganisationMember" -> get("/api/v1/organisations/" + organisation + "/members/" + member());
            case "RemoveOrganisationMember" -> new Request("DELETE", "/api/v1/organisations/" + organisation
                    + "/members/" + member(), Map.of(), Map.of(), null);
            case "OnOpportunityPublished" -> new Request("POST", "/api/v1/subscriptions/opportunity-published",
                    Map.of(), Map.of(), subscribeBody());
            case "OnOpportunityChanged" -> new Request("POST", "/api/v1/subscriptions/opportunity-changed",
                    Map.of(), Map.of(), subscribeBody());
            case "OnOpportunityExpiring" -> new Request("POST", "/api/v1/subscriptions/opportunity-expiring",
                    Map.of(), Map.of(), subscribeBody());
            case "ListSubscriptions" -> get("/api/v1/subscriptions");
            case "GetSubscription" -> get("/api/v1/subscriptions/" + subscription());
            case "DeleteSubscription" -> new Request("DELETE", "/api/v1/subscriptions/" + subscription(), Map.of(),
                    Map.of(), null);
            case "AddMunicipality" -> new Request("POST", ADMIN, Map.of(), Map.of(), municipalityBody(freeCode()));
            case "DeactivateMunicipality" -> post(ADMIN + "/" + newMunicipality() + "/deactivate");
            case "ActivateMunicipality" -> post(ADMIN + "/" + newMunicipality() + "/activate");
            case "StartOnboarding" -> new Request("POST", ADMIN + "/" + newMunicipality() + "/onboarding", Map.of(), Map.of(),
                    onboardingBody());
            case "GetOnboarding" -> get(ADMIN + "/" + onboarded() + "/onboarding");
            case "CompleteOnboardingStep" -> new Request("POST", ADMIN + "/" + onboarded()
                    + "/onboarding/steps/CREATE_GROUP/complete", Map.of(), Map.of(), "{}");
            case "RetryOnboardingStep" -> post(ADMIN + "/" + withAFailedStep() + "/onboarding/steps/RECORD_COORDINATOR_1_SCOPE/retry");
            case "ImportCatalogue" -> new Request("POST", ADMIN + "/607/imports", Map.of("dryRun", "true"),
                    Map.of("Content-Type", "text/csv; charset=utf-8"), IMPORT_CSV);
            case "InviteEditor" -> new Request("POST", invitations(), Map.of(), Map.of(), invitationBody());
            case "ListInvitations" -> get(invitations());
            case "GetInvitation" -> get(invitations() + "/" + invitation());
            case "CompleteInvitationStep" -> new Request("POST", invitations() + "/" + invitation()
                    + "/steps/EDITOR_GROUP/complete", Map.of(), Map.of(), "{}");
            case "ListCoordinators" -> get(COORDINATORS);
            case "AddCoordinator" -> new Request("POST", COORDINATORS, Map.of(), Map.of(),
                    Person.named("Kerttu Koordinaattori").asMemberJson());
            case "GetCoordinator" -> get(COORDINATORS + "/" + coordinator());
            case "RemoveCoordinator" -> new Request("DELETE", COORDINATORS + "/" + coordinator(), Map.of(), Map.of(), null);
            case "GetSummaryReport" -> new Request("GET", "/api/v1/reports/summary", Map.of("municipality", "541"), Map.of(), null);
            case "GetCostShares" -> new Request("GET", "/api/v1/admin/cost-shares", Map.of("from", "2026-01-01",
                    "to", "2026-12-31", "municipalTotal", "10000.00"), Map.of(), null);
            case "ListAuditRecords" -> get("/api/v1/admin/audit");
            case "ExportPersonalData" -> new Request("POST", "/api/v1/admin/personal-data/export", Map.of(), Map.of(),
                    "{\"email\":\"kalle.jasen@example.fi\"}");
            case "ErasePersonalData" -> new Request("POST", "/api/v1/admin/personal-data/erase", Map.of(), Map.of(),
                    "{\"email\":\"poistettava." + UUID.randomUUID() + "@example.fi\"}");
            default -> throw new AssertionError("add a valid request of the new operation " + operationId);
        };
    }

    private static final String ADMIN = "/api/v1/admin/municipalities";
    private static final String COORDINATORS = "/api/v1/municipalities/541/coordinators";
    private static final String IMPORT_CSV = """
            ID;Organisation;BusinessId;Type;Title;Summary;TargetGroups;Languages;ValidFrom;ValidTo;HoursPerWeek;CapacityTotal;CapacityAvailable;ContactRole;ContactEmail
            201;Enon Kyläyhdistys ry;;WORK_TRIAL;Kylätalon talkkari;Kiinteistön hoitoa;EVERYONE;fi;1.6.2026;31.8.2026;20;1;1;Puheenjohtaja;eno@example.fi
            """;

    /** A three-digit code no municipality has yet (the 900s are unused in Finland). */
    private String freeCode() {
        for (int code = 900; code < 1000; code++) {
            if (api.as(admin).get("/api/v1/municipalities/" + code).status() == 404) {
                return String.valueOf(code);
            }
        }
        throw new AssertionError("no free municipality code left");
    }

    private static String municipalityBody(String code) {
        return "{\"code\":\"" + code + "\",\"name\":{\"fi\":\"Kokeilukunta\"},\"regionCode\":\"12\",\"population\":1200}";
    }

    private String newMunicipality() {
        ApiResponse created = api.as(admin).post(ADMIN, municipalityBody(freeCode()));
        assertEquals(201, created.status(), created.body());
        return created.text("code");
    }

    private static String onboardingBody() {
        return "{\"startDate\":\"2026-01-01\",\"endDate\":\"2027-12-31\",\"coordinators\":[{\"email\":\"koordinaattori."
                + UUID.randomUUID() + "@example.fi\",\"displayName\":\"Kaisa Koordinaattori\"}]}";
    }

    private String onboarded() {
        String code = newMunicipality();
        assertEquals(202, api.as(admin).post(ADMIN + "/" + code + "/onboarding", onboardingBody()).status());
        return code;
    }

    /** The invitation step completed without the object id it produced: recording the scope then fails. */
    private String withAFailedStep() {
        String code = onboarded();
        for (String step : List.of("CREATE_GROUP", "ASSIGN_APP_ROLE", "INVITE_COORDINATOR_1", "ADD_COORDINATOR_1_TO_GROUP")) {
            assertEquals(200, api.as(admin).post(ADMIN + "/" + code + "/onboarding/steps/" + step + "/complete", "{}").status());
        }
        ApiResponse status = api.as(admin).get(ADMIN + "/" + code + "/onboarding");
        // One round works on a batch of the due steps of every subject: go on until this one has had its turn.
        for (int round = 0; round < 20 && !status.text("status").equals("FAILED") && engine.run(worker) > 0; round++) {
            status = api.as(admin).get(ADMIN + "/" + code + "/onboarding");
        }
        assertEquals("FAILED", status.text("status"), status.body());
        return code;
    }

    private String invitations() {
        return "/api/v1/organisations/" + organisation + "/invitations";
    }

    private static String invitationBody() {
        return "{\"email\":\"vapaaehtoinen." + UUID.randomUUID() + "@gmail.com\",\"displayName\":\"Veera Vapaaehtoinen\"}";
    }

    private String invitation() {
        return api.as(admin).post(invitations(), invitationBody()).text("id");
    }

    private String coordinator() {
        return api.as(admin).post(COORDINATORS, Person.named("Kalle Koordinaattori").asMemberJson()).text("id");
    }

    private static Request get(String path) {
        return new Request("GET", path, Map.of(), Map.of(), null);
    }

    private static Request post(String path) {
        return new Request("POST", path, Map.of(), Map.of(), null);
    }

    private ApiResponse send(Request r) {
        String query = r.query().entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        Api.Call call = api.as(admin);
        r.headers().forEach(call::header);
        return call.send(r.method(), r.path() + (query.isEmpty() ? "" : "?" + query), r.body());
    }

    private String draft() {
        return api.as(admin).post("/api/v1/opportunities", aWorkTrial(organisation, "Kierrätystyö", "541")).text("id");
    }

    private String published() {
        String id = draft();
        assertEquals(200, api.as(admin).post("/api/v1/opportunities/" + id + "/publish", null).status());
        return id;
    }

    private String closed() {
        String id = published();
        assertEquals(200, api.as(admin).post("/api/v1/opportunities/" + id + "/close", null).status());
        return id;
    }

    /** Through the API, as an administrator would add it. */
    private String newOrganisation(String name) {
        ApiResponse created = api.as(admin).post("/api/v1/organisations",
                "{\"name\":\"" + name + "\",\"kind\":\"ASSOCIATION\",\"municipalityCodes\":[\"541\",\"167\"]}");
        assertEquals(201, created.status(), created.body());
        return created.text("id");
    }

    private String member() {
        return api.as(admin).post("/api/v1/organisations/" + organisation + "/members",
                Person.named("Kalle Jäsen").asMemberJson()).text("id");
    }

    private String subscription() {
        return api.as(admin).post("/api/v1/subscriptions/opportunity-changed", subscribeBody()).text("id");
    }

    /** Filtered to Joensuu, where these tests publish nothing: no delivery is attempted to the made-up host. */
    private static String subscribeBody() {
        return "{\"notificationUrl\":\"https://prod-07.westeurope.logic.azure.com:443/workflows/" + UUID.randomUUID()
                + "/triggers/manual/paths/invoke?api-version=2016-06-01&sig=c2lnbmF0dXJl\",\"municipality\":\"167\","
                + "\"type\":\"VOLUNTEERING\"}";
    }

    /** A value the definition itself says is wrong for the parameter. */
    private static String wrongValue(JsonNode p) {
        if (p.has("enum")) {
            return "NOT_IN_THE_LIST";
        }
        switch (p.path("format").asText()) {
            case "uuid":
                return "not-a-uuid";
            case "date":
                return "2026-02-30";
            case "date-time":
                return "yesterday";
            default:
                break;
        }
        if (p.path("type").asText().equals("boolean")) {
            return "maybe";
        }
        if (p.path("type").asText().equals("integer") && p.has("minimum")) {
            return String.valueOf(p.path("minimum").asLong() - 1);
        }
        if (p.has("x-ms-dynamic-values")) {
            return "NOT_A_CODE";
        }
        if (p.has("maxLength")) {
            return "x".repeat(p.path("maxLength").asInt() + 1);
        }
        return null;
    }

    private static Set<String> targets(ApiResponse response) {
        Set<String> targets = new HashSet<>();
        if (response.status() < 400 || response.body().isBlank()) {
            return targets;
        }
        JsonNode error = ConnectorDefinition.parse(response.body()).path("error");
        if (error.hasNonNull("target")) {
            targets.add(error.path("target").asText());
        }
        error.path("details").forEach(d -> targets.add(d.path("target").asText()));
        return targets;
    }

    /** Texts whose only rule is their length (no format, pattern, list or identifier rules of their own). */
    private static void limitedTexts(JsonNode schema, String prefix, Map<String, JsonNode> found) {
        schema.path("properties").fields().forEachRemaining(e -> {
            JsonNode p = e.getValue();
            String path = prefix + e.getKey();
            if (p.path("type").asText().equals("object")) {
                limitedTexts(p, path + ".", found);
            } else if (p.has("maxLength") && !p.has("format") && !p.has("pattern") && !p.has("enum")
                    && !p.has("x-ms-dynamic-values") && !Set.of("businessId", "associationRegisterNumber").contains(e.getKey())) {
                found.put(path, p);
            }
        });
    }

    private static String filler(String path, int length) {
        return path.endsWith("phone") ? "+" + "1".repeat(length - 1) : "x".repeat(length);
    }

    private static String set(String json, String path, String value) {
        ObjectNode root = (ObjectNode) ConnectorDefinition.parse(json);
        ObjectNode node = root;
        String[] parts = path.split("\\.");
        for (int i = 0; i < parts.length - 1; i++) {
            node = node.has(parts[i]) ? (ObjectNode) node.get(parts[i]) : node.putObject(parts[i]);
        }
        node.set(parts[parts.length - 1], TextNode.valueOf(value));
        return root.toString();
    }

    private static String abbreviated(String text) {
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }
}
