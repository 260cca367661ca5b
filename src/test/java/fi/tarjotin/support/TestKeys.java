package fi.tarjotin.support;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The test's stand-in for Entra's signing keys: an RSA key pair whose public half is served as a JWKS
 * from a small HTTP server on loopback, and a second key that the JWKS does not publish (forgeries).
 */
public final class TestKeys {

    public static final RSAKey SIGNING = generate("test-signing-key");
    public static final RSAKey ROGUE = generate("rogue-key");
    private static final AtomicInteger FETCHES = new AtomicInteger();
    private static final java.util.List<RSAKey> PUBLISHED = new java.util.concurrent.CopyOnWriteArrayList<>(
            java.util.List.of(SIGNING));
    private static HttpServer server;

    private TestKeys() {
    }

    /** The URL of the JWKS, starting its server on first use. */
    public static synchronized String jwksUri() {
        if (server == null) {
            try {
                server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            server.createContext("/keys", exchange -> {
                FETCHES.incrementAndGet();
                byte[] body = new JWKSet(PUBLISHED.stream().map(RSAKey::toPublicJWK)
                        .map(com.nimbusds.jose.jwk.JWK.class::cast).toList()).toString().getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.start();
        }
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/keys";
    }

    /** Entra rotating its keys: a new key appears in the JWKS from now on. */
    public static RSAKey rotateIn(String keyId) {
        RSAKey key = generate(keyId);
        PUBLISHED.add(key);
        return key;
    }

    /** How often the JWKS has been fetched so far. */
    public static int fetchCount() {
        return FETCHES.get();
    }

    private static RSAKey generate(String keyId) {
        try {
            return new RSAKeyGenerator(2048).keyID(keyId).keyUse(KeyUse.SIGNATURE).generate();
        } catch (com.nimbusds.jose.JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
