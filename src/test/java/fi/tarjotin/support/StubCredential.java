package fi.tarjotin.support;

import com.azure.core.credential.AccessToken;
import com.azure.core.credential.TokenCredential;
import com.azure.core.credential.TokenRequestContext;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import reactor.core.publisher.Mono;

import java.time.OffsetDateTime;

/** Stands in for azure-identity's credential in tests with the Graph stub: no sign-in, no internet. */
@Singleton
@Requires(property = "tarjotin.graph.enabled", value = "true")
public class StubCredential implements TokenCredential {

    public static final String TOKEN = "stub-graph-token";

    @Override
    public Mono<AccessToken> getToken(TokenRequestContext request) {
        return Mono.just(new AccessToken(TOKEN, OffsetDateTime.now().plusHours(1)));
    }
}
