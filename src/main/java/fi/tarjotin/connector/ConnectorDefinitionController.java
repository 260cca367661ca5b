package fi.tarjotin.connector;

import io.micronaut.core.io.ResourceResolver;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The service's own contract where a newcomer looks for it: the connector definition
 * ({@code connector-definition/apiDefinition.swagger.json}, packaged into the jar by the build), as it is.
 */
@Controller("/api/v1/connector")
@Secured(SecurityRule.IS_ANONYMOUS)
class ConnectorDefinitionController {

    static final String RESOURCE = "classpath:connector-definition/apiDefinition.swagger.json";

    private final byte[] definition;

    ConnectorDefinitionController(ResourceResolver resources) {
        // Read once: the file is part of the build and never changes while the service runs.
        try (InputStream in = resources.getResourceAsStream(RESOURCE).orElseThrow(() -> new IllegalStateException(
                "The jar lacks " + RESOURCE + ": build it with ./mvnw package, which copies the connector definition"))) {
            this.definition = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Get(uri = "/apiDefinition.swagger.json", produces = MediaType.APPLICATION_JSON)
    HttpResponse<byte[]> definition() {
        return HttpResponse.ok(definition);
    }
}
