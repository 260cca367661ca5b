package fi.tarjotin.devmode;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.env.Environment;
import io.micronaut.core.io.ResourceResolver;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The API explorer of the dev environment: Swagger UI (from its webjar) over the connector definition the service
 * serves, signed in through the dev sign-in, at {@code /dev/api-explorer}.
 */
@Controller(ApiExplorerController.PATH)
@Requires(env = Environment.DEVELOPMENT)
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class ApiExplorerController {

    static final String PATH = "/dev/api-explorer";
    /** Where the service serves its connector definition (fi.tarjotin.connector). */
    static final String DEFINITION = "/api/v1/connector/apiDefinition.swagger.json";

    /**
     * Swagger UI styles its elements inline and shows inline SVG and data: images; everything else comes from this
     * server. This policy is for the explorer's own path only: the API and public pages keep their own.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
            + "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    /** The only files of the webjar the page loads; nothing else of the classpath is reachable here. */
    private static final Map<String, String> WEBJAR_FILES = Map.of(
            "swagger-ui.css", "text/css;charset=utf-8",
            "swagger-ui-bundle.js", "text/javascript;charset=utf-8",
            "favicon-32x32.png", "image/png",
            "favicon-16x16.png", "image/png");

    private final ResourceResolver resources;
    private final String webjar;

    ApiExplorerController(ResourceResolver resources) {
        this.resources = resources;
        this.webjar = "classpath:META-INF/resources/webjars/swagger-ui/" + webjarVersion(resources) + "/";
    }

    @Get(produces = MediaType.TEXT_HTML + ";charset=utf-8")
    MutableHttpResponse<String> page() {
        return explorer(HttpResponse.ok(ApiExplorerPage.html(PATH, DEFINITION)));
    }

    @Get(uri = "/explorer.js", produces = "text/javascript;charset=utf-8")
    MutableHttpResponse<byte[]> initializer() {
        return explorer(HttpResponse.ok(read("classpath:devmode/api-explorer.js").orElseThrow()));
    }

    @Get("/swagger-ui/{file}")
    MutableHttpResponse<byte[]> webjarFile(String file) {
        String type = WEBJAR_FILES.get(file);
        Optional<byte[]> content = type == null ? Optional.empty() : read(webjar + file);
        return explorer(content.<MutableHttpResponse<byte[]>>map(bytes -> HttpResponse.ok(bytes).contentType(type))
                .orElseGet(HttpResponse::notFound));
    }

    private static <T> MutableHttpResponse<T> explorer(MutableHttpResponse<T> response) {
        return response.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    }

    private Optional<byte[]> read(String resource) {
        return resources.getResourceAsStream(resource).map(in -> {
            try (in) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The webjar's version, from its own Maven metadata, so that the pom alone says which Swagger UI is used. */
    private static String webjarVersion(ResourceResolver resources) {
        Properties metadata = new Properties();
        try (InputStream in = resources.getResourceAsStream(
                "classpath:META-INF/maven/org.webjars/swagger-ui/pom.properties").orElseThrow(
                        () -> new IllegalStateException("The Swagger UI webjar (org.webjars:swagger-ui) is missing"))) {
            metadata.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return metadata.getProperty("version");
    }
}
