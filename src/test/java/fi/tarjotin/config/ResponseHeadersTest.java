package fi.tarjotin.config;

import fi.tarjotin.support.Api;
import fi.tarjotin.support.ApiResponse;
import fi.tarjotin.support.TestEnvironment;
import fi.tarjotin.support.TestTokens;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest
class ResponseHeadersTest extends TestEnvironment {

    @Inject
    Api api;

    @Test
    void everyResponseCarriesTheBrowserSafetyHeaders() {
        for (ApiResponse response : List.of(api.as(TestTokens.v2().sign()).get("/api/v1/municipalities"),
                api.anonymous().get("/api/v1/municipalities"), api.anonymous().get("/health"))) {
            assertEquals("max-age=31536000; includeSubDomains",
                    response.header("Strict-Transport-Security").orElse(""));
            assertEquals("nosniff", response.header("X-Content-Type-Options").orElse(""));
            assertEquals("strict-origin-when-cross-origin", response.header("Referrer-Policy").orElse(""));
        }
    }

    @Test
    void apiIsClosedToOtherOriginsInBrowsers() {
        ApiResponse preflight = api.anonymous().header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "GET").send("OPTIONS", "/api/v1/municipalities", null);
        assertTrue(preflight.header("Access-Control-Allow-Origin").isEmpty(), preflight.toString());
        ApiResponse simple = api.as(TestTokens.v2().sign()).header("Origin", "https://evil.example")
                .get("/api/v1/municipalities");
        assertTrue(simple.header("Access-Control-Allow-Origin").isEmpty());
    }
}
