package fi.tarjotin.observability;

import fi.tarjotin.support.Api;
import fi.tarjotin.support.ApiResponse;
import fi.tarjotin.support.TestEnvironment;
import fi.tarjotin.support.TestTokens;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The operators' view at /prometheus: traffic and latency per route, the connection pool, the backlogs. */
@MicronautTest
class MetricsEndpointTest extends TestEnvironment {

    @Inject
    Api api;

    @Inject
    BacklogMetrics backlogs;

    @Test
    void prometheusShowsRequestCountsAndLatenciesPerRouteTemplate() {
        api.as(TestTokens.v2().sign()).get("/api/v1/municipalities/167");
        api.as(TestTokens.v2().sign()).get("/api/v1/municipalities/541");

        ApiResponse metrics = api.as(TestTokens.v2().admin().sign()).get("/prometheus");

        assertEquals(200, metrics.status(), metrics.toString());
        assertTrue(metrics.header("Content-Type").orElse("").startsWith("text/plain"), metrics.toString());
        String body = metrics.body();
        String route = "uri=\"/api/v1/municipalities/{code}\"";
        assertTrue(body.lines().anyMatch(l -> l.startsWith("http_server_requests_seconds_count{") && l.contains(route)
                && l.contains("status=\"200\"") && l.contains("method=\"GET\"")), body);
        assertTrue(body.lines().anyMatch(l -> l.startsWith("http_server_requests_seconds_sum{") && l.contains(route)), body);
        assertFalse(body.contains("/api/v1/municipalities/167"), "paths are never metric labels, only templates");
    }

    @Test
    void prometheusShowsTheConnectionPoolAndTheWebhookBacklog() {
        backlogs.refresh();

        String body = api.as(TestTokens.v2().admin().sign()).get("/prometheus").body();

        assertTrue(body.lines().anyMatch(l -> l.startsWith("hikaricp_connections_active")), body);
        assertTrue(body.lines().anyMatch(l -> l.startsWith("tarjotin_backlog_due{") && l.contains("queue=\"webhook-delivery\"")), body);
    }

    @Test
    void metricsAreForAdministratorsOnly() {
        assertEquals(401, api.anonymous().get("/prometheus").status());
        assertEquals(403, api.as(TestTokens.v2().sign()).get("/prometheus").status());
        assertEquals(403, api.as(TestTokens.v2().editor().sign()).get("/prometheus").status());
        assertEquals(200, api.as(TestTokens.v2().admin().appOnly().sign()).get("/prometheus").status());
    }

    @Test
    void noOtherManagementEndpointIsOpen() {
        for (String endpoint : java.util.List.of("/metrics", "/beans", "/routes", "/env", "/loggers", "/info",
                "/threaddump", "/refresh", "/caches", "/stop")) {
            int anonymous = api.anonymous().get(endpoint).status();
            int reader = api.as(TestTokens.v2().sign()).get(endpoint).status();
            assertTrue(anonymous >= 400 && reader >= 400, endpoint + ": " + anonymous + "/" + reader);
        }
    }
}
