package fi.tarjotin.devmode;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.env.Environment;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

/** The local sign-in of the dev environment: tokens for trying the API without Entra, and a help page. */
@Controller("/dev")
@Requires(env = Environment.DEVELOPMENT)
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class DevController {

    private final DevTokenIssuer issuer;
    private final DevAccessGrants grants;
    private final EmbeddedServer server;

    DevController(DevTokenIssuer issuer, DevAccessGrants grants, EmbeddedServer server) {
        this.issuer = issuer;
        this.grants = grants;
        this.server = server;
    }

    @Post("/token")
    HttpResponse<DevToken> token(@Body @Nullable DevSignIn signIn) {
        return HttpResponse.ok(issuer.issue(signIn)).header(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    @Get(produces = MediaType.TEXT_PLAIN + ";charset=utf-8")
    String help(HttpRequest<?> request) {
        return DevGuide.page(baseUrlOf(request), grants.sampleOrganisations());
    }

    private String baseUrlOf(HttpRequest<?> request) {
        String host = request.getHeaders().get(HttpHeaders.HOST);
        return host == null || host.isBlank() ? server.getURL().toString() : "http://" + host;
    }
}
