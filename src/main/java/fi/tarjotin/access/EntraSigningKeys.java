package fi.tarjotin.access;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import io.micronaut.context.exceptions.ConfigurationException;
import jakarta.inject.Singleton;

import java.net.MalformedURLException;
import java.net.URI;
import java.time.Duration;

/**
 * Entra's signing keys from {@code tarjotin.entra.jwks-uri}: cached, and fetched again when a token names
 * a key id the cache does not know (Entra rotates keys), at most once per configured interval.
 */
@Singleton
class EntraSigningKeys implements SigningKeys {

    private static final int TIMEOUT_MS = 3_000;
    private static final int SIZE_LIMIT_BYTES = 256 * 1024;

    private final JWKSource<SecurityContext> source;

    EntraSigningKeys(EntraProperties entra) {
        try {
            var retriever = new DefaultResourceRetriever(TIMEOUT_MS, TIMEOUT_MS, SIZE_LIMIT_BYTES);
            long minInterval = Duration.ofSeconds(entra.getJwksRefetchMinIntervalSeconds()).toMillis();
            this.source = JWKSourceBuilder.<SecurityContext>create(URI.create(entra.getJwksUri()).toURL(), retriever)
                    .cache(Duration.ofHours(12).toMillis(), TIMEOUT_MS * 2L)
                    .rateLimited(minInterval)
                    .retrying(true)
                    .outageTolerant(Duration.ofHours(24).toMillis())
                    .build();
        } catch (MalformedURLException | IllegalArgumentException e) {
            throw new ConfigurationException("tarjotin.entra.jwks-uri is not a valid URL");
        }
    }

    @Override
    public JWKSource<SecurityContext> source() {
        return source;
    }
}
