package fi.tarjotin.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Microsoft Graph stand-in on 127.0.0.1 that answers the calls the directory makes (user look-up,
 * invitation, group look-up and creation, member {@code $ref}, app role assignments) the way Graph does,
 * keeps what it was sent for the test to check, and fails chosen requests (429 with Retry-After, 5xx).
 */
public final class GraphStub implements AutoCloseable {

    public static final String SERVICE_PRINCIPAL_ID = "0d9b7c6a-5e4f-4a3b-9c2d-1e0f9a8b7c6d";
    public static final String COORDINATOR_ROLE_ID = "c0000000-0000-4000-8000-00000000c00d";
    public static final String EDITOR_ROLE_ID = "e0000000-0000-4000-8000-0000000000ed";

    /** One request as the stub received it. */
    public record Received(String method, String path, String query, String body, String authorization,
                           Instant at) {
    }

    private record Fault(String method, String pathPart, int status, String retryAfter) {
    }

    /**
     * A request the stub holds unanswered: {@link #arrived()} completes when it comes; {@link #release()}
     * then answers it 503 without carrying it out, as if the caller had died before Graph acted on it.
     */
    public static final class Held {
        private final String method;
        private final String pathPart;
        private final CompletableFuture<Received> arrived = new CompletableFuture<>();
        private final CountDownLatch released = new CountDownLatch(1);

        private Held(String method, String pathPart) {
            this.method = method;
            this.pathPart = pathPart;
        }

        public CompletableFuture<Received> arrived() {
            return arrived;
        }

        public void release() {
            released.countDown();
        }
    }

    private static final Pattern QUOTED = Pattern.compile("eq '((?:[^']|'')*)'");

    private final HttpServer server;
    private final List<Received> received = new ArrayList<>();
    private final ConcurrentLinkedQueue<Fault> faults = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Fault> lostAnswers = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Held> holds = new ConcurrentLinkedQueue<>();
    private final Map<String, String> usersByMail = new ConcurrentHashMap<>();
    private final Map<String, String> groupsByNickname = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> members = new ConcurrentHashMap<>();
    private final Map<String, List<String>> assignments = new ConcurrentHashMap<>();
    private final Set<String> preexisting = ConcurrentHashMap.newKeySet();
    private final Map<String, String> descriptions = new ConcurrentHashMap<>();
    private final Map<String, String> foreignByNickname = new ConcurrentHashMap<>();

    public GraphStub() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.start();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1.0";
    }

    /** Graph settings that point the service at this stub. */
    public Map<String, String> properties() {
        return Map.of("tarjotin.graph.enabled", "true",
                "tarjotin.graph.base-url", baseUrl(),
                "tarjotin.graph.invite-redirect-url", "https://apps.powerapps.com/play/tarjotin",
                "tarjotin.graph.service-principal-id", SERVICE_PRINCIPAL_ID,
                "tarjotin.graph.coordinator-app-role-id", COORDINATOR_ROLE_ID,
                "tarjotin.graph.editor-app-role-id", EDITOR_ROLE_ID);
    }

    /** A user who is in the tenant already; returns their object id. */
    public String existingUser(String mail) {
        return usersByMail.computeIfAbsent(mail.toLowerCase(), m -> UUID.randomUUID().toString());
    }

    public String userId(String mail) {
        return usersByMail.get(mail.toLowerCase());
    }

    public String groupId(String mailNickname) {
        return groupsByNickname.get(mailNickname);
    }

    /** The group with this nickname, once created, has the user as a member already (added by hand). */
    public void alreadyMember(String mailNickname, String userId) {
        String groupId = groupsByNickname.computeIfAbsent(mailNickname, n -> UUID.randomUUID().toString());
        members.computeIfAbsent(groupId, g -> ConcurrentHashMap.newKeySet()).add(userId);
        preexisting.add(mailNickname);
    }

    /**
     * Someone in the tenant has created a group of this nickname (the service did not): a look-up finds
     * it beside any the service creates. Returns its id.
     */
    public String foreignGroup(String mailNickname) {
        return foreignByNickname.computeIfAbsent(mailNickname, n -> UUID.randomUUID().toString());
    }

    public boolean isMember(String groupId, String userId) {
        return members.getOrDefault(groupId, Set.of()).contains(userId);
    }

    public List<String> appRolesOf(String groupId) {
        return List.copyOf(assignments.getOrDefault(groupId, List.of()));
    }

    /** The next request of this method whose path contains {@code pathPart} gets this status. */
    public void failNext(String method, String pathPart, int status, String retryAfter) {
        faults.add(new Fault(method, pathPart, status, retryAfter));
    }

    /** The next request of this method whose path contains {@code pathPart} is carried out, but answered 504. */
    public void loseNextAnswer(String method, String pathPart) {
        lostAnswers.add(new Fault(method, pathPart, 504, null));
    }

    /** The next request of this method whose path contains {@code pathPart} is held (see {@link Held}). */
    public Held holdNext(String method, String pathPart) {
        Held held = new Held(method, pathPart);
        holds.add(held);
        return held;
    }

    public synchronized List<Received> received() {
        return List.copyOf(received);
    }

    public List<Received> received(String method, String pathPart) {
        return received().stream().filter(r -> r.method().equals(method) && r.path().contains(pathPart)).toList();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getRawPath();
        String rawQuery = exchange.getRequestURI().getRawQuery();
        String query = rawQuery == null ? "" : URLDecoder.decode(rawQuery, StandardCharsets.UTF_8);
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Received request = new Received(method, path, query, body,
                exchange.getRequestHeaders().getFirst("Authorization"), Instant.now());
        synchronized (this) {
            received.add(request);
        }
        for (Held held : holds) {
            if (held.method.equals(method) && path.contains(held.pathPart) && holds.remove(held)) {
                // Answered later from a thread of its own, so that the stub keeps serving other requests.
                Thread answer = new Thread(() -> {
                    held.arrived.complete(request);
                    try {
                        held.released.await();
                        respond(exchange, 503, error("ServiceUnavailable", "Held and not carried out"));
                    } catch (InterruptedException | IOException callerGone) {
                        exchange.close();
                    }
                });
                answer.setDaemon(true);
                answer.start();
                return;
            }
        }
        for (Fault fault : faults) {
            if (fault.method().equals(method) && path.contains(fault.pathPart()) && faults.remove(fault)) {
                if (fault.retryAfter() != null) {
                    exchange.getResponseHeaders().add("Retry-After", fault.retryAfter());
                }
                respond(exchange, fault.status(), error(fault.status() == 429 ? "TooManyRequests" : "ServiceUnavailable",
                        "Simulated failure"));
                return;
            }
        }
        Answer answer = route(method, path, query, body);
        for (Fault lost : lostAnswers) {
            if (lost.method().equals(method) && path.contains(lost.pathPart()) && lostAnswers.remove(lost)) {
                respond(exchange, lost.status(), error("GatewayTimeout", "Simulated lost answer"));
                return;
            }
        }
        respond(exchange, answer);
    }

    private record Answer(int status, String json) {
    }

    private Answer route(String method, String path, String query, String body) {
        Matcher groupPath = Pattern.compile("^/v1\\.0/groups/([^/]+)/(members/\\$ref|appRoleAssignments)$").matcher(path);
        if (method.equals("GET") && path.equals("/v1.0/users")) {
            String id = usersByMail.get(literal(query).toLowerCase());
            return new Answer(200, "{\"value\":[" + (id == null ? "" : "{\"id\":\"" + id + "\"}") + "]}");
        }
        if (method.equals("POST") && path.equals("/v1.0/invitations")) {
            String mail = field(body, "invitedUserEmailAddress");
            String id = existingUser(mail);
            return new Answer(201, "{\"id\":\"" + UUID.randomUUID() + "\",\"status\":\"PendingAcceptance\","
                    + "\"invitedUserEmailAddress\":\"" + mail + "\",\"invitedUser\":{\"id\":\"" + id + "\"}}");
        }
        if (method.equals("GET") && path.equals("/v1.0/groups")) {
            String nickname = literal(query);
            List<String> found = new ArrayList<>();
            String foreign = foreignByNickname.get(nickname);
            if (foreign != null) {
                found.add("{\"id\":\"" + foreign + "\",\"description\":\"Oma ryhmä\"}");
            }
            String id = preexisting.contains(nickname) ? null : groupsByNickname.get(nickname);
            if (id != null) {
                found.add("{\"id\":\"" + id + "\",\"description\":\"" + descriptions.getOrDefault(id, "") + "\"}");
            }
            return new Answer(200, "{\"value\":[" + String.join(",", found) + "]}");
        }
        if (method.equals("POST") && path.equals("/v1.0/groups")) {
            String nickname = field(body, "mailNickname");
            preexisting.remove(nickname);
            String id = groupsByNickname.computeIfAbsent(nickname, n -> UUID.randomUUID().toString());
            descriptions.put(id, field(body, "description"));
            return new Answer(201, "{\"id\":\"" + id + "\",\"securityEnabled\":true}");
        }
        if (groupPath.matches() && method.equals("POST") && groupPath.group(2).startsWith("members")) {
            String userId = field(body, "@odata.id").replaceAll("^.*/directoryObjects/", "");
            if (!members.computeIfAbsent(groupPath.group(1), g -> ConcurrentHashMap.newKeySet()).add(userId)) {
                return new Answer(400, error("Request_BadRequest", "One or more added object references already "
                        + "exist for the following modified properties: 'members'."));
            }
            return new Answer(204, null);
        }
        if (groupPath.matches() && groupPath.group(2).equals("appRoleAssignments")) {
            List<String> roles = assignments.computeIfAbsent(groupPath.group(1), g -> new ArrayList<>());
            if (method.equals("GET")) {
                StringBuilder value = new StringBuilder();
                for (String role : roles) {
                    value.append(value.isEmpty() ? "" : ",").append("{\"id\":\"x\",\"appRoleId\":\"").append(role)
                            .append("\",\"resourceId\":\"").append(SERVICE_PRINCIPAL_ID).append("\",\"principalId\":\"")
                            .append(groupPath.group(1)).append("\"}");
                }
                return new Answer(200, "{\"value\":[" + value + "]}");
            }
            roles.add(field(body, "appRoleId"));
            return new Answer(201, body);
        }
        return new Answer(404, error("Request_ResourceNotFound", "Not in the stub"));
    }

    /** The string literal of an OData {@code eq '…'} filter. */
    private static String literal(String query) {
        Matcher m = QUOTED.matcher(query);
        return m.find() ? m.group(1).replace("''", "'") : "";
    }

    /** A string property of a flat JSON body (enough for the bodies the SDK sends). */
    public static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + Pattern.quote(name) + "\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(json);
        return m.find() ? m.group(1) : "";
    }

    private static String error(String code, String message) {
        return "{\"error\":{\"code\":\"" + code + "\",\"message\":\"" + message + "\"}}";
    }

    private static void respond(HttpExchange exchange, Answer answer) throws IOException {
        respond(exchange, answer.status(), answer.json());
    }

    private static void respond(HttpExchange exchange, int status, String json) throws IOException {
        if (json == null) {
            exchange.sendResponseHeaders(status, -1);
        } else {
            byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
        }
        exchange.close();
    }
}
