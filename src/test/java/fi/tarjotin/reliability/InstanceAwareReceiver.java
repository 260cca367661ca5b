package fi.tarjotin.reliability;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A webhook receiver on one port of both 127.0.0.1 and ::1. Each instance of the service resolves the
 * callback host to one of the two (its own hosts file), so the receiver knows which instance posted: "A"
 * over IPv4, "B" over IPv6. It records every delivery attempt, and can hold the attempts of one instance
 * unanswered until released, then answer them 503, as a receiver does whose caller has died meanwhile.
 * Also plays the managed-identity endpoint of Azure Container Apps, giving each instance a token of its own.
 */
final class InstanceAwareReceiver implements AutoCloseable {

    /** One delivery attempt: who posted it, its delivery id and listing, and whether it was answered 2xx. */
    record Attempt(String instance, String deliveryId, String listingId, boolean accepted, Instant at) {
    }

    private static final Pattern LISTING = Pattern.compile("\"opportunity\"\\s*:\\s*\\{[^{}]*?\"id\"\\s*:\\s*\"([^\"]+)\"");

    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final HttpServer v4;
    private final HttpServer v6;
    private final List<Attempt> attempts = new ArrayList<>();
    private final Map<String, Instant> heldDeliveryIds = new LinkedHashMap<>();
    private volatile String holdFrom;
    private volatile CountDownLatch release = new CountDownLatch(0);

    InstanceAwareReceiver() {
        HttpServer[] pair = bindBoth();
        v4 = pair[0];
        v6 = pair[1];
        for (HttpServer server : pair) {
            server.createContext("/hook", this::hook);
            server.createContext("/identity", InstanceAwareReceiver::identity);
            server.setExecutor(threads);
            server.start();
        }
    }

    int port() {
        return v4.getAddress().getPort();
    }

    /** The managed-identity endpoint (IDENTITY_ENDPOINT) an instance is given. */
    String identityEndpoint() {
        return "http://127.0.0.1:" + port() + "/identity";
    }

    /** The Graph token an instance gets when its IDENTITY_HEADER is {@code instance}. */
    static String graphTokenOf(String instance) {
        return "graph-token-" + instance;
    }

    /** From now on, attempts by this instance wait unanswered until {@link #releaseHeld()}. */
    void holdFrom(String instance) {
        release = new CountDownLatch(1);
        holdFrom = instance;
    }

    /** Answers the held attempts 503 and holds nothing more. */
    void releaseHeld() {
        holdFrom = null;
        release.countDown();
    }

    /** The delivery ids held so far, with when each arrived. */
    synchronized Map<String, Instant> heldDeliveryIds() {
        return new LinkedHashMap<>(heldDeliveryIds);
    }

    synchronized List<Attempt> attempts() {
        return List.copyOf(attempts);
    }

    List<Attempt> accepted() {
        return attempts().stream().filter(Attempt::accepted).toList();
    }

    @Override
    public void close() {
        releaseHeld();
        v4.stop(0);
        v6.stop(0);
        threads.shutdownNow();
    }

    private void hook(HttpExchange exchange) throws IOException {
        String instance = exchange.getRemoteAddress().getAddress() instanceof Inet6Address ? "B" : "A";
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String deliveryId = exchange.getRequestHeaders().getFirst("X-Tarjotin-Delivery");
        Matcher listing = LISTING.matcher(body);
        String listingId = listing.find() ? listing.group(1) : null;
        if (instance.equals(holdFrom)) {
            CountDownLatch held = release;
            synchronized (this) {
                heldDeliveryIds.put(deliveryId, Instant.now());
            }
            try {
                held.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            record(new Attempt(instance, deliveryId, listingId, false, Instant.now()));
            answer(exchange, 503, "{}");
            return;
        }
        record(new Attempt(instance, deliveryId, listingId, true, Instant.now()));
        answer(exchange, 200, "{}");
    }

    private synchronized void record(Attempt attempt) {
        attempts.add(attempt);
    }

    private static void identity(HttpExchange exchange) throws IOException {
        String instance = exchange.getRequestHeaders().getFirst("X-IDENTITY-HEADER");
        long expiresOn = Instant.now().plus(Duration.ofHours(1)).getEpochSecond();
        answer(exchange, 200, "{\"access_token\":\"" + graphTokenOf(instance) + "\",\"expires_on\":\"" + expiresOn
                + "\",\"resource\":\"https://graph.microsoft.com\",\"token_type\":\"Bearer\"}");
    }

    private static void answer(HttpExchange exchange, int status, String json) {
        try {
            byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
        } catch (IOException callerGone) {
            // The instance that asked was killed: nothing to answer.
        } finally {
            exchange.close();
        }
    }

    /** A port free on both loopback addresses. */
    private static HttpServer[] bindBoth() {
        for (int attempt = 0; attempt < 20; attempt++) {
            HttpServer first = null;
            try {
                first = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 50);
                HttpServer second = HttpServer.create(new InetSocketAddress(InetAddress.getByName("::1"),
                        first.getAddress().getPort()), 50);
                return new HttpServer[] {first, second};
            } catch (BindException taken) {
                first.stop(0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        throw new IllegalStateException("no port free on both 127.0.0.1 and ::1");
    }
}
