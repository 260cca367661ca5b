package fi.tarjotin.reliability;

import fi.tarjotin.support.CatalogueFixture;
import fi.tarjotin.support.GraphStub;
import fi.tarjotin.support.PackagedService;
import fi.tarjotin.support.Person;
import fi.tarjotin.support.TestTokens;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import org.flywaydb.core.Flyway;
import org.h2.tools.Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The packaged jar started twice on one database (H2 in server mode standing in for Azure SQL), with a webhook
 * receiver that knows which instance posted and the Graph stub, the test spreading its requests over both:
 * background work is done once by whichever instance leases it, and taken over after {@code kill -9} of the
 * other once its lease runs out; state that requests depend on lives in the database; what each instance keeps
 * to itself (rendered public pages, rate-limit budgets) behaves as the README says. The instances run on the
 * wall clock, so the test polls them with bounded deadlines.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoInstancesIT {

    private static final Duration LEASE = Duration.ofSeconds(6);
    /** The webhook timeout stays below the lease, as in production (10 s and 2 min): a live holder never loses one. */
    private static final Duration WEBHOOK_TIMEOUT = Duration.ofSeconds(5);
    private static final int CACHE_SECONDS = 3;
    private static final int PER_CALLER_PER_MINUTE = 25;
    private static final String HOOK_HOST = "hooks.tarjotin.test";
    private static final String ADMIN = "/api/v1/admin/municipalities";
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private final JsonMapper json = JsonMapper.createDefault();
    private Server database;
    private InstanceAwareReceiver receiver;
    private GraphStub graph;
    private final Map<String, PackagedService> instances = new HashMap<>();
    private UUID organisation;
    private final List<String> publishedTo541 = new ArrayList<>();

    @BeforeAll
    void startTwoInstancesOnOneDatabase() throws Exception {
        Path dir = Files.createTempDirectory(Path.of("target"), "two-instances-db-");
        database = Server.createTcpServer("-tcpPort", "0", "-baseDir",
                dir.toAbsolutePath().toString(), "-ifNotExists").start();
        String url = "jdbc:h2:tcp://127.0.0.1:" + database.getPort() + "/tarjotin;MODE=MSSQLServer;"
                + "DATABASE_TO_UPPER=FALSE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;IGNORECASE=TRUE";
        // H2 in server mode binds a CHECK constraint to the session that created it: had an instance run the
        // migrations, killing it would make every insert and update on the other fail with 23514 "Check
        // constraint invalid". The test migrates the database and lets it close, so that the instances open it
        // with the constraints read afresh. (Azure SQL has no such tie.)
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").load().migrate();
        receiver = new InstanceAwareReceiver();
        graph = new GraphStub();
        // Both at once, on the migrated database, as a scale-out starts them.
        CompletableFuture<PackagedService> a = CompletableFuture.supplyAsync(() -> start("A", "127.0.0.1", url, dir));
        CompletableFuture<PackagedService> b = CompletableFuture.supplyAsync(() -> start("B", "::1", url, dir));
        instances.put("A", a.join());
        instances.put("B", b.join());

        String admin = adminToken();
        HttpResponse<String> org = send("A", "POST", "/api/v1/organisations", admin,
                "{\"name\":\"Kahden Instanssin ry\",\"kind\":\"ASSOCIATION\",\"municipalityCodes\":[\"541\",\"260\",\"167\"]}");
        assertEquals(201, org.statusCode(), org.body());
        organisation = UUID.fromString(read(org).get("id").getStringValue());
    }

    private PackagedService start(String name, String hookAddress, String databaseUrl, Path dir) {
        Path hosts = dir.resolve("hosts-" + name);
        try {
            Files.writeString(hosts, "127.0.0.1 localhost\n" + hookAddress + " " + HOOK_HOST + "\n127.0.0.1 "
                    + InetAddress.getLocalHost().getHostName() + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> settings = new HashMap<>();
        settings.put("tarjotin.webhooks.allow-http", "true");
        settings.put("tarjotin.webhooks.allow-loopback", "true");
        settings.put("tarjotin.webhooks.allowed-hosts", HOOK_HOST);
        settings.put("tarjotin.webhooks.poll-interval", "200ms");
        settings.put("tarjotin.webhooks.initial-delay", "200ms");
        settings.put("tarjotin.webhooks.timeout", WEBHOOK_TIMEOUT.toSeconds() + "s");
        settings.put("tarjotin.webhooks.lease", LEASE.toSeconds() + "s");
        settings.put("tarjotin.webhooks.batch-size", "3");
        settings.put("tarjotin.webhooks.initial-backoff", "1s");
        settings.put("tarjotin.webhooks.max-backoff", "2s");
        settings.put("tarjotin.directory.worker.interval", "300ms");
        settings.put("tarjotin.directory.worker.lease", LEASE.toSeconds() + "s");
        settings.put("tarjotin.directory.worker.backoff", "1s");
        settings.put("tarjotin.public-site.cache-seconds", Integer.toString(CACHE_SECONDS));
        settings.put("tarjotin.rate-limit.per-caller-per-minute", Integer.toString(PER_CALLER_PER_MINUTE));
        settings.putAll(graph.properties());
        List<String> jvm = new ArrayList<>(List.of("-Djdk.net.hosts.file=" + hosts.toAbsolutePath(),
                "-XX:TieredStopAtLevel=1", "-Xss512k"));
        settings.forEach((key, value) -> jvm.add("-D" + key + "=" + value));
        return PackagedService.startOnSharedDatabase(databaseUrl, "two-instances-" + name,
                Map.of("IDENTITY_ENDPOINT", receiver.identityEndpoint(), "IDENTITY_HEADER", name), jvm);
    }

    @AfterAll
    void stopEverything() {
        instances.values().forEach(PackagedService::close);
        for (AutoCloseable stub : new AutoCloseable[] {receiver, graph}) {
            try {
                if (stub != null) {
                    stub.close();
                }
            } catch (Exception ignored) {
                // stopping anyway
            }
        }
        if (database != null) {
            database.stop();
        }
    }

    @Test
    @Order(1)
    void anIdempotencyKeyRetriedOnTheOtherInstanceReturnsTheFirstRecord() throws Exception {
        String admin = adminToken();
        String body = CatalogueFixture.aWorkTrial(organisation, "Kahvilatyö", "167");
        HttpResponse<String> first = send("A", "POST", "/api/v1/opportunities", admin, body, "Idempotency-Key", "flow-run-7");
        HttpResponse<String> retried = send("B", "POST", "/api/v1/opportunities", admin, body, "Idempotency-Key", "flow-run-7");

        assertEquals(201, first.statusCode(), first.body());
        assertEquals(201, retried.statusCode(), retried.body());
        assertEquals(read(first).get("id").getStringValue(), read(retried).get("id").getStringValue());
        HttpResponse<String> otherBody = send("B", "POST", "/api/v1/opportunities", admin,
                CatalogueFixture.aWorkTrial(organisation, "Toinen työ", "167"), "Idempotency-Key", "flow-run-7");
        assertEquals(422, otherBody.statusCode(), otherBody.body());
    }

    @Test
    @Order(2)
    void aCursorMadeByOneInstancePagesOnTheOther() throws Exception {
        String admin = adminToken();
        Set<String> created = new HashSet<>();
        for (int i = 0; i < 7; i++) {
            created.add(publishedListing(admin, i % 2 == 0 ? "A" : "B", "Sivutettava " + i, "260"));
        }

        List<String> paged = new ArrayList<>();
        String next = "/api/v1/opportunities?municipality=260&top=3";
        for (int page = 0; next != null; page++) {
            assertTrue(page < 5, "more pages than listings");
            HttpResponse<String> answer = send(page % 2 == 0 ? "A" : "B", "GET", next, admin, null);
            assertEquals(200, answer.statusCode(), answer.body());
            JsonNode list = read(answer);
            list.get("value").values().forEach(item -> paged.add(item.get("id").getStringValue()));
            JsonNode link = list.get("nextLink");
            next = link == null ? null : pathAndQuery(link.getStringValue());
        }
        assertEquals(7, paged.size(), "each listing on exactly one page: " + paged);
        assertEquals(created, new HashSet<>(paged));
    }

    @Test
    @Order(3)
    void aChangeOnOneShowsOnTheOthersReadsAtOnceItsSearchWithinTwoSecondsAndItsPublicPagesWithinTheCachePeriod() throws Exception {
        String admin = adminToken();
        String listing = publishedListing(admin, "A", "Vanha nimi", "260");
        String publicPage = "/public/v1/opportunities/" + listing;
        String publicList = "/public/v1/municipalities/260/opportunities?top=50";
        // B renders both pages before the change and keeps them for its cache period.
        assertTrue(send("B", "GET", publicPage, null, null).body().contains("Vanha nimi"));
        assertTrue(send("B", "GET", publicList, null, null).body().contains("Vanha nimi"));

        long version = read(send("A", "GET", "/api/v1/opportunities/" + listing, admin, null)).get("version").getLongValue();
        HttpResponse<String> changed = send("A", "PATCH", "/api/v1/opportunities/" + listing, admin,
                "{\"version\":" + version + ",\"title\":{\"fi\":\"Uusi nimi\"}}");
        assertEquals(200, changed.statusCode(), changed.body());
        Instant changedAt = Instant.now();

        assertTrue(send("B", "GET", "/api/v1/opportunities/" + listing, admin, null).body().contains("Uusi nimi"),
                "the other instance reads the change at once");
        assertTrue(send("A", "GET", "/api/v1/opportunities?municipality=260&q=Uusi", admin, null).body().contains(listing),
                "the changing instance's search finds it at once");
        // Each instance keeps its own search index and reads the others' changes every second (README: two seconds).
        awaitTrue(Duration.ofSeconds(2), () -> send("B", "GET", "/api/v1/opportunities?municipality=260&q=Uusi", admin,
                null).body().contains(listing), "the other instance's search within two seconds");
        System.out.println("B's search found the change after " + Duration.between(changedAt, Instant.now()));
        assertTrue(send("A", "GET", publicPage, null, null).body().contains("Uusi nimi"),
                "the changing instance's public page shows it at once");

        Duration staleness = Duration.ofSeconds(CACHE_SECONDS + 2);
        awaitTrue(staleness, () -> send("B", "GET", publicPage, null, null).body().contains("Uusi nimi"),
                "B's public page within its cache period");
        awaitTrue(staleness.minus(Duration.between(changedAt, Instant.now())),
                () -> send("B", "GET", publicList, null, null).body().contains("Uusi nimi"),
                "B's public list within its cache period");
        System.out.println("B's public pages showed the change after " + Duration.between(changedAt, Instant.now())
                + " (cache period " + CACHE_SECONDS + " s)");
    }

    @Test
    @Order(3)
    void aDraftDeletedOnOneLeavesTheOthersSearchCountsWithinTwoSeconds() throws Exception {
        String admin = adminToken();
        HttpResponse<String> created = send("A", "POST", "/api/v1/opportunities", admin,
                CatalogueFixture.aWorkTrial(organisation, "Poistettava luonnos", "167"));
        assertEquals(201, created.statusCode(), created.body());
        String draft = read(created).get("id").getStringValue();
        String counted = "/api/v1/opportunities?q=poistettava&status=DRAFT&count=true";
        awaitTrue(Duration.ofSeconds(2), () -> read(send("B", "GET", counted, admin, null)).get("count").getLongValue() == 1,
                "B counts the new draft");

        HttpResponse<String> deleted = send("A", "DELETE", "/api/v1/opportunities/" + draft, admin, null);
        assertEquals(204, deleted.statusCode(), deleted.body());

        // A deleted row leaves nothing for B's poll of changes to read; the record of the deletion does.
        awaitTrue(Duration.ofSeconds(2), () -> read(send("B", "GET", counted, admin, null)).get("count").getLongValue() == 0,
                "B no longer counts the deleted draft");
    }

    @Test
    @Order(4)
    void rateLimitBudgetsAreKeptByEachInstance() throws Exception {
        String caller = TestTokens.v2().as(Person.named("Raili Rajallinen")).sign();
        Instant start = Instant.now();
        Answered onA = answeredUntilRefused("A", caller);
        Answered onB = answeredUntilRefused("B", caller);
        // The buckets refill continuously (budget per minute), so a slow run may earn a request or two more.
        long refilled = Duration.between(start, Instant.now()).toSeconds() * PER_CALLER_PER_MINUTE / 60 + 1;

        assertTrue(onA.count() >= PER_CALLER_PER_MINUTE && onA.count() <= PER_CALLER_PER_MINUTE + refilled, onA.toString());
        assertTrue(onA.refusal().headers().firstValue("Retry-After").isPresent());
        assertTrue(onB.count() >= PER_CALLER_PER_MINUTE, "B keeps a budget of its own after A refused: " + onB);
        assertTrue(onA.count() + onB.count() <= 2 * PER_CALLER_PER_MINUTE + refilled, onA + " " + onB);
    }

    private record Answered(int count, HttpResponse<String> refusal) {
    }

    private Answered answeredUntilRefused(String instance, String caller) throws Exception {
        for (int answered = 0; answered < 3 * PER_CALLER_PER_MINUTE; answered++) {
            HttpResponse<String> answer = send(instance, "GET", "/api/v1/municipalities", caller, null);
            if (answer.statusCode() == 429) {
                return new Answered(answered, answer);
            }
            assertEquals(200, answer.statusCode(), answer.body());
        }
        throw new AssertionError(instance + " never refused the caller");
    }

    @Test
    @Order(5)
    void everyNotificationIsDeliveredExactlyOnceWhileBothRun() throws Exception {
        String flowOwner = TestTokens.v1().as(Person.named("Ville Virtaus")).sign();
        HttpResponse<String> subscribed = send("A", "POST", "/api/v1/subscriptions/opportunity-published", flowOwner,
                "{\"notificationUrl\":\"http://" + HOOK_HOST + ":" + receiver.port() + "/hook\",\"municipality\":\"541\"}");
        assertEquals(201, subscribed.statusCode(), subscribed.body());

        String admin = adminToken();
        for (int i = 0; i < 20; i++) {
            publishedTo541.add(publishedListing(admin, i % 2 == 0 ? "A" : "B", "Ilmoitettava " + i, "541"));
        }

        awaitTrue(Duration.ofSeconds(20), () -> receiver.accepted().stream().map(InstanceAwareReceiver.Attempt::deliveryId)
                .distinct().count() >= 20, "20 deliveries");
        List<InstanceAwareReceiver.Attempt> accepted = receiver.accepted();
        assertEquals(20, accepted.size(), "each accepted once; accepted more than once: " + duplicates(accepted));
        assertEquals(new HashSet<>(publishedTo541), accepted.stream().map(InstanceAwareReceiver.Attempt::listingId)
                .collect(Collectors.toSet()));
        System.out.println("Deliveries while both run, by instance: " + byInstance(accepted));
        assertEquals(20, accepted.stream().map(InstanceAwareReceiver.Attempt::deliveryId).distinct().count(),
                "one delivery id per notification: " + byInstance(accepted));
    }

    @Test
    @Order(6)
    void eachDirectoryStepRunsOnceWhileBothRun() throws Exception {
        graph.existingUser("jussi@juuka.fi");
        assertEquals(202, send("A", "POST", ADMIN + "/176/onboarding", adminToken(),
                onboarding("jussi@juuka.fi", "oona@juuka.fi")).statusCode());

        awaitOnboardingDone("B", "176");
        String group = graph.groupId("tarjotin-coordinators-176");
        assertNotNull(group);
        assertEquals(1, groupCreations("tarjotin-coordinators-176").size());
        assertEquals(1, graph.received("POST", "/groups/" + group + "/appRoleAssignments").size());
        assertEquals(1, graph.received("POST", "/v1.0/invitations").stream()
                .filter(r -> r.body().contains("oona@juuka.fi")).count());
        assertEquals(2, graph.received("POST", "/groups/" + group + "/members/$ref").size(), "one per coordinator");
    }

    @Test
    @Order(7)
    void workLeasedByAKilledInstanceIsDoneByTheOtherAfterItsLeaseRunsOut() throws Exception {
        GraphStub.Held groupCreation = graph.holdNext("POST", "/v1.0/groups");
        assertEquals(202, send("B", "POST", ADMIN + "/707/onboarding", adminToken(),
                onboarding("raili@raakkyla.fi")).statusCode());
        GraphStub.Received heldStep = groupCreation.arrived().get(20, TimeUnit.SECONDS);
        String victim = heldStep.authorization().endsWith(InstanceAwareReceiver.graphTokenOf("A")) ? "A" : "B";
        String survivor = victim.equals("A") ? "B" : "A";

        // The instance holding the directory step also holds the deliveries it takes from now on.
        receiver.holdFrom(victim);
        int before = receiver.accepted().size();
        String admin = adminToken();
        List<String> published = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            published.add(publishedListing(admin, survivor, "Kaatumisen aikana " + i, "541"));
        }
        awaitTrue(WEBHOOK_TIMEOUT.minusSeconds(2), () -> !receiver.heldDeliveryIds().isEmpty()
                && receiver.accepted().size() - before + receiver.heldDeliveryIds().size() >= 10,
                () -> "the victim " + victim + " holds deliveries and the survivor has the rest; held "
                        + receiver.heldDeliveryIds().size() + ", accepted " + byInstance(receiver.accepted()));
        Map<String, Instant> held = receiver.heldDeliveryIds();

        instances.get(victim).crash();
        Instant killedAt = Instant.now();
        receiver.releaseHeld();
        groupCreation.release();

        awaitTrue(LEASE.plusSeconds(15), () -> receiver.accepted().stream().map(InstanceAwareReceiver.Attempt::deliveryId)
                .distinct().count() >= 30, "every notification delivered");
        awaitOnboardingDone(survivor, "707");

        List<InstanceAwareReceiver.Attempt> accepted = receiver.accepted();
        Map<String, List<InstanceAwareReceiver.Attempt>> byId = accepted.stream()
                .collect(Collectors.groupingBy(InstanceAwareReceiver.Attempt::deliveryId));
        assertEquals(30, byId.size(), byInstance(accepted));
        byId.forEach((id, attempts) -> assertEquals(1, attempts.size(), "delivery " + id + " accepted "
                + attempts.size() + " times"));
        Set<String> notified = accepted.stream().map(InstanceAwareReceiver.Attempt::listingId).collect(Collectors.toSet());
        assertTrue(notified.containsAll(publishedTo541) && notified.containsAll(published));
        held.forEach((id, heldAt) -> {
            InstanceAwareReceiver.Attempt redelivered = byId.get(id).get(0);
            assertEquals(survivor, redelivered.instance(), "the same delivery id, from the survivor");
            assertFalse(redelivered.at().isBefore(killedAt));
            assertFalse(redelivered.at().isBefore(heldAt.plus(LEASE).minusMillis(500)),
                    "delivered again only after the lease: " + Duration.between(heldAt, redelivered.at()));
        });

        System.out.println("Held by the killed " + victim + ": " + held.size() + " deliveries; accepted by instance "
                + byInstance(accepted));
        List<GraphStub.Received> creations = groupCreations("tarjotin-coordinators-707");
        System.out.println("Directory step taken over " + Duration.between(heldStep.at(), creations.get(creations.size() - 1).at())
                + " after the killed instance began it (lease " + LEASE.toSeconds() + " s)");
        assertEquals(2, creations.size(), "held by the victim and never carried out, then done by the survivor");
        assertTrue(creations.get(1).authorization().endsWith(InstanceAwareReceiver.graphTokenOf(survivor)));
        assertFalse(creations.get(1).at().isBefore(heldStep.at().plus(LEASE).minusMillis(500)),
                "taken over only after the lease: " + Duration.between(heldStep.at(), creations.get(1).at()));
        String group = graph.groupId("tarjotin-coordinators-707");
        assertEquals(1, graph.received("POST", "/groups/" + group + "/appRoleAssignments").size());
        assertEquals(1, graph.received("POST", "/groups/" + group + "/members/$ref").size());
        assertEquals(1, graph.received("POST", "/v1.0/invitations").stream()
                .filter(r -> r.body().contains("raili@raakkyla.fi")).count());
    }

    private List<GraphStub.Received> groupCreations(String nickname) {
        return graph.received("POST", "/v1.0/groups").stream()
                .filter(r -> GraphStub.field(r.body(), "mailNickname").equals(nickname)).toList();
    }

    private void awaitOnboardingDone(String instance, String code) throws Exception {
        awaitTrue(LEASE.plusSeconds(15), () -> read(send(instance, "GET", ADMIN + "/" + code + "/onboarding",
                adminToken(), null)).get("status").getStringValue().equals("DONE"), "onboarding of " + code + " done");
    }

    private String publishedListing(String admin, String instance, String title, String municipality) throws Exception {
        HttpResponse<String> draft = send(instance, "POST", "/api/v1/opportunities", admin,
                CatalogueFixture.aWorkTrial(organisation, title, municipality));
        assertEquals(201, draft.statusCode(), draft.body());
        String id = read(draft).get("id").getStringValue();
        // Published on the other instance than the one that created it.
        HttpResponse<String> published = send(instance.equals("A") ? "B" : "A", "POST",
                "/api/v1/opportunities/" + id + "/publish", admin, null);
        assertEquals(200, published.statusCode(), published.body());
        return id;
    }

    /** A new administrator each time: each person has a rate-limit budget of their own. */
    private static String adminToken() {
        return TestTokens.v2().admin().as(Person.named("Aino Ylläpitäjä")).sign();
    }

    private static String onboarding(String... coordinatorEmails) {
        String people = java.util.Arrays.stream(coordinatorEmails)
                .map(email -> "{\"email\":\"" + email + "\",\"displayName\":\"Koordinaattori\"}")
                .collect(Collectors.joining(","));
        return """
                {"startDate":"2026-01-01","endDate":"2027-12-31","coachingTargetPerYear":40,
                 "websiteOrigins":["https://www.example.fi"],"coordinators":[%s]}""".formatted(people);
    }

    private static List<String> duplicates(List<InstanceAwareReceiver.Attempt> accepted) {
        return accepted.stream().collect(Collectors.groupingBy(InstanceAwareReceiver.Attempt::deliveryId,
                Collectors.mapping(InstanceAwareReceiver.Attempt::instance, Collectors.joining("+"))))
                .entrySet().stream().filter(e -> e.getValue().length() > 1).map(e -> e.getKey() + " by " + e.getValue())
                .toList();
    }

    private static String byInstance(List<InstanceAwareReceiver.Attempt> attempts) {
        return attempts.stream().collect(Collectors.groupingBy(InstanceAwareReceiver.Attempt::instance,
                Collectors.counting())).toString();
    }

    private static String pathAndQuery(String url) {
        URI uri = URI.create(url);
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    private HttpResponse<String> send(String instance, String method, String path, String token, String body,
                                      String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(instances.get(instance).base() + path))
                .timeout(Duration.ofSeconds(30)).method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode read(HttpResponse<String> response) throws IOException {
        return json.readValue(response.body(), JsonNode.class);
    }

    /**
     * Polls the instances (separate processes on the wall clock) until the condition holds, failing after
     * {@code limit}.
     */
    private static void awaitTrue(Duration limit, Callable<Boolean> condition, String what) throws Exception {
        awaitTrue(limit, condition, () -> what);
    }

    private static void awaitTrue(Duration limit, Callable<Boolean> condition, Supplier<String> what) throws Exception {
        Instant deadline = Instant.now().plus(limit);
        while (!condition.call()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError(what.get() + ": not within " + limit);
            }
            // A pause between polls, not a wait for the outcome: it spares the busy machine and the
            // per-address budget of the public pages (120 a minute).
            TimeUnit.MILLISECONDS.sleep(200);
        }
    }
}
