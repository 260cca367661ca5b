package fi.tarjotin.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.tarjotin.support.Api;
import fi.tarjotin.support.ApiResponse;
import fi.tarjotin.support.Person;
import fi.tarjotin.support.TestEnvironment;
import fi.tarjotin.support.TestTokens;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The health endpoints tell probes and everyone else UP or DOWN and nothing more; administrators also see
 * each component's status, but never where the database is, who signs in to it or which version it runs.
 */
@MicronautTest
class HealthDetailsTest extends TestEnvironment {

    private static final List<String> PATHS = List.of("/health", "/health/readiness", "/health/liveness");

    @Inject
    Api api;

    @Test
    void anonymousCallersReadersAndAppOnlyReadersSeeOnlyTheStatus() {
        Map<String, Api.Call> callers = Map.of(
                "anonymous", api.anonymous(),
                "reader", api.as(TestTokens.v2().as(Person.named("Lukija Liisa")).sign()),
                "v1 reader", api.as(TestTokens.v1().as(Person.named("Lukija Lauri")).sign()),
                "app-only reader", api.as(TestTokens.v2().appOnly().sign()));
        callers.forEach((who, call) -> {
            for (String path : PATHS) {
                ApiResponse health = call.get(path);
                assertEquals(200, health.status(), who + " " + path);
                assertEquals(List.of("status"), fieldNames(tree(health)), who + " " + path + ": " + health.body());
                assertEquals("UP", health.text("status"));
            }
        });
    }

    @Test
    void administratorsSeeEachComponentsStatusButNoAddressUserOrVersion() {
        ApiResponse health = api.as(TestTokens.v2().admin().as(Person.named("Aino Ylläpitäjä")).sign()).get("/health");
        ApiResponse appOnlyAdmin = api.as(TestTokens.v2().admin().appOnly().sign()).get("/health/readiness");

        assertEquals(200, health.status());
        assertEquals("UP", health.text("status"));
        assertEquals("UP", tree(health).path("details").path("jdbc").path("status").asText(), health.body());
        assertEquals("UP", tree(appOnlyAdmin).path("details").path("jdbc").path("status").asText(), appOnlyAdmin.body());
        for (ApiResponse response : List.of(health, appOnlyAdmin)) {
            for (String secret : List.of("url", "username", "user", "version", "database", "h2", "sa")) {
                assertFalse(containsWord(tree(response), secret), secret + " in " + response.body());
            }
            assertFalse(response.body().toLowerCase(Locale.ROOT).contains("jdbc:"), response.body());
        }
    }

    private static JsonNode tree(ApiResponse response) {
        try {
            return new ObjectMapper().readTree(response.body());
        } catch (java.io.IOException e) {
            throw new AssertionError(response.body(), e);
        }
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** Whether a word appears as a key, or as a whole word in a value, anywhere in the document. */
    private static boolean containsWord(JsonNode node, String word) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (field.getKey().equalsIgnoreCase(word) || containsWord(field.getValue(), word)) {
                    return true;
                }
            }
            return false;
        }
        if (node.isArray()) {
            for (JsonNode item : node) {
                if (containsWord(item, word)) {
                    return true;
                }
            }
            return false;
        }
        String text = node.asText().toLowerCase(Locale.ROOT);
        return text.matches("(?s).*\\b" + word + "\\b.*");
    }
}
