package fi.tarjotin.devmode;

import fi.tarjotin.support.Api;
import fi.tarjotin.support.ApiResponse;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** In dev, an API explorer over the served connector definition, signed in through the dev sign-in. */
@MicronautTest(environments = "dev")
class ApiExplorerTest extends DevEnvironment {

    @Inject
    Api api;

    @Test
    void theExplorerOpensTheDefinitionTheServiceServes() {
        ApiResponse page = api.anonymous().get("/dev/api-explorer");

        assertEquals(200, page.status(), page.toString());
        assertTrue(page.header("Content-Type").orElse("").startsWith("text/html"));
        Matcher definition = Pattern.compile("data-definition=\"([^\"]+)\"").matcher(page.body());
        assertTrue(definition.find(), page.body());
        assertEquals("/api/v1/connector/apiDefinition.swagger.json", definition.group(1));
        ApiResponse served = api.anonymous().get(definition.group(1));
        assertEquals(200, served.status(), served.toString());
        assertEquals("2.0", served.text("swagger"));
    }

    @Test
    void swaggerUiAndTheSignInScriptAreServedFromTheJar() {
        ApiResponse page = api.anonymous().get("/dev/api-explorer");
        Matcher scripts = Pattern.compile("<script src=\"([^\"]+)\"").matcher(page.body());
        int found = 0;
        while (scripts.find()) {
            ApiResponse script = api.anonymous().get(scripts.group(1));
            assertEquals(200, script.status(), scripts.group(1));
            assertTrue(script.header("Content-Type").orElse("").startsWith("text/javascript"), scripts.group(1));
            found++;
        }
        assertEquals(2, found, page.body());
        assertTrue(api.anonymous().get("/dev/api-explorer/explorer.js").body().contains("/dev/token"),
                "the explorer signs in through the dev sign-in");
        assertEquals(200, api.anonymous().get("/dev/api-explorer/swagger-ui/swagger-ui.css").status());
    }

    @Test
    void onlyTheExplorersOwnFilesAreReachable() {
        assertEquals(404, api.anonymous().get("/dev/api-explorer/swagger-ui/pom.properties").status());
        assertEquals(404, api.anonymous().get("/dev/api-explorer/swagger-ui/..%2F..%2F..%2Fapplication.yml").status());
    }

    @Test
    void theExplorersContentSecurityPolicyStaysOnItsOwnPath() {
        String policy = api.anonymous().get("/dev/api-explorer").header("Content-Security-Policy").orElse("");

        assertTrue(policy.contains("script-src 'self'") && policy.contains("connect-src 'self'"), policy);
        assertFalse(policy.contains("unsafe-eval"), policy);
        assertTrue(api.anonymous().get("/dev").header("Content-Security-Policy").isEmpty());
        assertTrue(api.anonymous().get("/api/v1/connector/apiDefinition.swagger.json")
                .header("Content-Security-Policy").isEmpty());
    }
}
