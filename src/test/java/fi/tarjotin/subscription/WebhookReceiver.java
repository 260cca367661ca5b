package fi.tarjotin.subscription;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import fi.tarjotin.support.ConnectorDefinition;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * A stand-in for Power Automate's callback: a JDK HTTP server on 127.0.0.1 that records what is posted
 * to each path and answers as the test tells it. It can be stopped and started again on the same port,
 * as a flow endpoint that is down for a while.
 */
final class WebhookReceiver implements AutoCloseable {

    /** One received notification, and the Host header it came with. */
    record Received(String path, JsonNode body, String deliveryHeader, Instant at, String host) {
    }

    /** What the receiver answers: a status and, optionally, a Retry-After value. */
    record Answer(int status, String retryAfter) {
        static final Answer OK = new Answer(200, null);
    }

    private final Map<String, LinkedBlockingQueue<Received>> byPath = new ConcurrentHashMap<>();
    private final List<Received> all = new CopyOnWriteArrayList<>();
    private volatile Function<Received, Answer> answers = r -> Answer.OK;
    private final InetAddress bindAddress;
    private HttpServer server;
    private int port;

    WebhookReceiver() {
        this(InetAddress.getLoopbackAddress(), 0);
    }

    /** A receiver on another address, e.g. another loopback address playing a host of the internal network. */
    WebhookReceiver(InetAddress bindAddress, int port) {
        this.bindAddress = bindAddress;
        start(port);
    }

    int port() {
        return port;
    }

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    void answer(Function<Received, Answer> answers) {
        this.answers = answers;
    }

    /** Stops listening: connections to the port are refused until {@link #restart()}. */
    void stop() {
        server.stop(0);
    }

    void restart() {
        start(port);
    }

    /** The next notification posted to a path, waiting at most {@code within}; fails if none comes. */
    Received next(String path, Duration within) {
        try {
            Received r = queue(path).poll(within.toMillis(), TimeUnit.MILLISECONDS);
            if (r == null) {
                throw new AssertionError("no notification reached " + path + " within " + within);
            }
            return r;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Everything posted to a path so far. */
    List<Received> receivedAt(String path) {
        return all.stream().filter(r -> r.path().equals(path)).toList();
    }

    private LinkedBlockingQueue<Received> queue(String path) {
        return byPath.computeIfAbsent(path, p -> new LinkedBlockingQueue<>());
    }

    private void start(int wantedPort) {
        try {
            server = HttpServer.create(new InetSocketAddress(bindAddress, wantedPort), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            String text = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Received r = new Received(exchange.getRequestURI().getPath(), ConnectorDefinition.parse(text),
                    exchange.getRequestHeaders().getFirst("X-Tarjotin-Delivery"), Instant.now(),
                    exchange.getRequestHeaders().getFirst("Host"));
            Answer answer = answers.apply(r);
            all.add(r);
            if (answer.status() < 300) {
                queue(r.path()).add(r);
            }
            if (answer.retryAfter() != null) {
                exchange.getResponseHeaders().add("Retry-After", answer.retryAfter());
            }
            exchange.sendResponseHeaders(answer.status(), -1);
            exchange.close();
        });
        server.start();
        port = server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
