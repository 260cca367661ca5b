import com.sun.net.httpserver.HttpServer;

import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The training run of the ahead-of-time cache: a short workload of every hot path (search, paging, get by
 * id, create + publish, public pages) so that the cache written at exit carries the classes, linked
 * call sites and method profiles that the first minutes of real load would otherwise build up.
 * {@code java -cp tarjotin.jar:<classes> TrainingLoad <base-url> <dir> <seconds> [jwks-port]} signs in with
 * the tokens of BenchTokens in dir (made there first when missing) and, given a port, serves dir/jwks.json
 * on it for the service's token check. Exits non-zero when a request fails, so that a broken training
 * run does not quietly leave a cache of the start-up alone.
 */
public class TrainingLoad {

    private static final String TENANT = "6a1e0d2c-3b4f-4a5e-9c8d-7b6a5f4e3d2c";
    private static final String AUDIENCE = "api://tarjotin-bench";
    private static final int MIN_ROUNDS = 2000;
    private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");
    private static final Pattern NEXT = Pattern.compile("\"nextLink\":\"https?://[^/]+([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final String reader;
    private final String admin;
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong failures = new AtomicLong();
    private final AtomicLong rounds = new AtomicLong();
    private volatile List<String> ids = List.of();
    private volatile String organisationId;

    TrainingLoad(String base, String reader, String admin) {
        this.base = base;
        this.reader = reader;
        this.admin = admin;
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        Path dir = Path.of(args[1]);
        int seconds = Integer.parseInt(args[2]);
        if (!Files.exists(dir.resolve("reader.token"))) {
            BenchTokens.main(new String[] {dir.toString(), TENANT, AUDIENCE});
        }
        HttpServer jwks = null;
        if (args.length > 3) {
            byte[] body = Files.readAllBytes(dir.resolve("jwks.json"));
            jwks = HttpServer.create(new InetSocketAddress("127.0.0.1", Integer.parseInt(args[3])), 0);
            jwks.createContext("/jwks.json", exchange -> {
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            jwks.start();
        }
        TrainingLoad load = new TrainingLoad(base, Files.readString(dir.resolve("reader.token")).trim(),
                Files.readString(dir.resolve("admin.token")).trim());
        try {
            load.run(seconds);
        } finally {
            if (jwks != null) {
                jwks.stop(0);
            }
        }
        System.out.printf("Training: %d requests, %d failed%n", load.requests.get(), load.failures.get());
        System.exit(load.failures.get() > load.requests.get() / 100 ? 1 : 0);
    }

    void run(int seconds) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (!ok(get("/health", null))) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the service did not answer /health");
            }
            Thread.sleep(100);
        }
        String page = get("/api/v1/opportunities?top=200", reader).body();
        List<String> found = new ArrayList<>();
        for (Matcher m = ID.matcher(page); m.find(); ) {
            found.add(m.group(1));
        }
        ids = found;
        Matcher org = ID.matcher(get("/api/v1/organisations?top=1", admin).body());
        organisationId = org.find() ? org.group(1) : null;
        // At least the given seconds and enough rounds for the profiles, at most four times the seconds
        // (a busy build machine).
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        long cap = System.nanoTime() + Duration.ofSeconds(4L * seconds).toNanos();
        List<Thread> workers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            workers.add(Thread.ofPlatform().start(() -> work(end, cap)));
        }
        for (Thread worker : workers) {
            worker.join();
        }
    }

    private void work(long end, long cap) {
        String[] searches = {
            "/api/v1/opportunities?municipality=167&type=WORK_TRIAL&targetGroup=YOUTH&top=50",
            "/api/v1/opportunities?q=kahvila&availableOnly=true&top=50",
            "/api/v1/opportunities?q=puutarha&top=20",
            "/api/v1/opportunities?municipality=167&top=50",
            "/api/v1/opportunities?type=VOLUNTEERING&top=50",
        };
        ThreadLocalRandom random = ThreadLocalRandom.current();
        int round = 0;
        while (System.nanoTime() < cap && (System.nanoTime() < end || rounds.get() < MIN_ROUNDS)) {
            rounds.incrementAndGet();
            round++;
            try {
                HttpResponse<String> search = get(searches[round % searches.length], reader);
                check(search);
                Matcher next = NEXT.matcher(search.body());
                if (next.find()) {
                    check(get(next.group(1).replace("\\u0026", "&"), reader));
                }
                if (!ids.isEmpty()) {
                    check(get("/api/v1/opportunities/" + ids.get(random.nextInt(ids.size())), reader));
                }
                if (round % 4 == 0) {
                    check(get("/embed/167", null));
                    check(get("/public/v1/municipalities/167/opportunities", null));
                    check(get("/health", null));
                }
                if (round % 8 == 0 && organisationId != null) {
                    createAndPublish(round);
                }
            } catch (Exception e) {
                failures.incrementAndGet();
            }
        }
    }

    private void createAndPublish(int round) throws Exception {
        String body = """
                {"organisationId":"%s","type":"WORK_TRIAL","title":{"fi":"Harjoitus %d: kahvila"},
                "summary":{"fi":"Asiakaspalvelua ja leivontaa."},"municipalityCodes":["167"],"targetGroups":["YOUTH"],
                "languages":["fi"],"deliveryMode":"ONSITE","capacityTotal":2,"capacityAvailable":2,
                "contact":{"role":"Työvalmentaja","email":"harjoitus@example.fi"}}""".formatted(organisationId, round);
        HttpResponse<String> created = send(HttpRequest.newBuilder(URI.create(base + "/api/v1/opportunities"))
                .header("Authorization", "Bearer " + admin).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
        check(created);
        Matcher id = ID.matcher(created.body());
        if (id.find()) {
            check(send(HttpRequest.newBuilder(URI.create(base + "/api/v1/opportunities/" + id.group(1) + "/publish"))
                    .header("Authorization", "Bearer " + admin).POST(HttpRequest.BodyPublishers.noBody()).build()));
        }
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(10));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            return send(request.build());
        } catch (java.net.ConnectException notYet) {
            return null;
        }
    }

    private HttpResponse<String> send(HttpRequest request) throws Exception {
        requests.incrementAndGet();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static boolean ok(HttpResponse<String> response) {
        return response != null && response.statusCode() / 100 == 2;
    }

    private void check(HttpResponse<String> response) {
        if (!ok(response)) {
            failures.incrementAndGet();
        }
    }
}
