package fi.tarjotin.connector;

import fi.tarjotin.support.Api;
import fi.tarjotin.support.ApiResponse;
import fi.tarjotin.support.ConnectorDefinition;
import fi.tarjotin.support.TestEnvironment;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The service serves its own contract, the connector definition file as it is, to anyone who asks. */
@MicronautTest
class ConnectorDefinitionServedTest extends TestEnvironment {

    static final String ADDRESS = "/api/v1/connector/apiDefinition.swagger.json";

    @Inject
    Api api;

    @Test
    void theDefinitionIsServedAsTheFileOfTheConnectorDefinitionFolder() throws IOException {
        ApiResponse served = api.anonymous().get(ADDRESS);

        assertEquals(200, served.status(), served.toString());
        assertTrue(served.header("Content-Type").orElse("").startsWith("application/json"), served.headers().toString());
        assertEquals(Files.readString(ConnectorDefinition.DIRECTORY.resolve("apiDefinition.swagger.json")), served.body());
    }
}
