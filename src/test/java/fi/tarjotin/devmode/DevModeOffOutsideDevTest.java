package fi.tarjotin.devmode;

import fi.tarjotin.access.SigningKeys;
import fi.tarjotin.support.Api;
import fi.tarjotin.support.TestEnvironment;
import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The dev sign-in must not exist in any environment but dev: here the ordinary test environment. */
@MicronautTest
class DevModeOffOutsideDevTest extends TestEnvironment {

    @Inject
    Api api;

    @Inject
    ApplicationContext context;

    @Test
    void devSignInIsNotThereOutsideTheDevEnvironment() {
        var token = api.anonymous().post("/dev/token", "{\"role\":\"ADMIN\"}");
        var help = api.anonymous().get("/dev");

        assertTrue(List.of(401, 404).contains(token.status()), token.toString());
        assertFalse(token.body().contains("accessToken"), token.body());
        assertTrue(List.of(401, 404).contains(help.status()), help.toString());
    }

    @Test
    void apiExplorerIsNotThereOutsideTheDevEnvironment() {
        for (String path : List.of("/dev/api-explorer", "/dev/api-explorer/explorer.js",
                "/dev/api-explorer/swagger-ui/swagger-ui-bundle.js")) {
            var response = api.anonymous().get(path);
            assertEquals(404, response.status(), path + " " + response);
        }
        assertTrue(context.findBean(ApiExplorerController.class).isEmpty());
    }

    @Test
    void entraKeysAreTrustedAndNoDevKeyExists() {
        assertFalse(context.getEnvironment().getActiveNames().contains("dev"));
        assertTrue(context.findBean(DevSigningKeys.class).isEmpty());
        assertTrue(context.findBean(DevTokenIssuer.class).isEmpty());
        assertFalse(context.getBean(SigningKeys.class) instanceof DevSigningKeys);
    }
}
