package fi.tarjotin.access;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import io.micronaut.http.HttpRequest;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.validator.TokenValidator;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;

/**
 * Accepts only genuine Entra access tokens for this API (v1 and v2): RS256 signed by a key from the
 * configured JWKS, issuer of an allowed tenant in either form, one of the configured audiences, within
 * the validity window (2 min skew), with an {@code oid}. Anything else leaves the request anonymous,
 * which the security rules answer with 401.
 */
@Singleton
class EntraTokenValidator implements TokenValidator<HttpRequest<?>> {

    private static final Logger LOG = LoggerFactory.getLogger(EntraTokenValidator.class);
    private static final int MAX_TOKEN_LENGTH = 20_000;
    private static final int MAX_CLOCK_SKEW_SECONDS = 120;
    private static final String V1_ISSUER = "https://sts.windows.net/%s/";
    private static final String V2_ISSUER = "https://login.microsoftonline.com/%s/v2.0";

    private static final Duration REMEMBER_FOR = Duration.ofMinutes(5);

    private final DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
    private final Cache<String, Validated> recentlyValidated = Caffeine.newBuilder()
            .maximumSize(10_000).expireAfterWrite(REMEMBER_FOR).build();
    private final Set<String> audiences;
    private final TenantAllowList tenants;
    private final Scheduler blocking;

    EntraTokenValidator(EntraProperties entra, SigningKeys keys, TenantAllowList tenants,
                        @Named(TaskExecutors.BLOCKING) ExecutorService blockingExecutor) {
        this.audiences = Set.copyOf(entra.getAudiences());
        this.tenants = tenants;
        this.blocking = Schedulers.fromExecutorService(blockingExecutor);
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, keys.source()));
        processor.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(JOSEObjectType.JWT, null));
        var claimsVerifier = new DefaultJWTClaimsVerifier<SecurityContext>(
                null, null, Set.of("iss", "aud", "exp", "tid", "oid"), null);
        claimsVerifier.setMaxClockSkew(MAX_CLOCK_SKEW_SECONDS);
        processor.setJWTClaimsSetVerifier(claimsVerifier);
    }

    @Override
    public Publisher<Authentication> validateToken(String token, HttpRequest<?> request) {
        Validated known = recentlyValidated.getIfPresent(token);
        if (known != null && Instant.now().isBefore(known.validUntil())) {
            return Mono.just(known.authentication());
        }
        // Key fetches and the tenant look-up block: keep them off the event loop.
        return Mono.fromCallable(() -> validate(token).orElse(null)).subscribeOn(blocking);
    }

    Optional<Authentication> validate(String token) {
        if (token == null || token.length() > MAX_TOKEN_LENGTH) {
            return Optional.empty();
        }
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            if (!headerIsAcceptable(jwt.getHeader())) {
                return Optional.empty();
            }
            JWTClaimsSet claims = processor.process(jwt, null);
            if (!claimsAreAcceptable(claims)) {
                return Optional.empty();
            }
            Authentication authentication = authenticationOf(claims);
            remember(token, claims, authentication);
            return Optional.of(authentication);
        } catch (Exception refused) {
            // The reason is logged without the token itself.
            LOG.debug("Bearer token refused: {}", refused.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    /**
     * A client sends the same token with every request for up to an hour; checking its signature again each
     * time costs more than the rest of a typical request. A validated token is remembered for a few
     * minutes, never past its own expiry.
     */
    private void remember(String token, JWTClaimsSet claims, Authentication authentication) {
        Instant expires = claims.getExpirationTime().toInstant();
        Instant until = Instant.now().plus(REMEMBER_FOR);
        recentlyValidated.put(token, new Validated(authentication, until.isBefore(expires) ? until : expires));
    }

    /** A token that passed every check, and until when that result may be reused. */
    private record Validated(Authentication authentication, Instant validUntil) {
    }

    /** Only RS256 with a key id; keys or key locations offered by the token itself are never trusted. */
    private static boolean headerIsAcceptable(JWSHeader header) {
        return JWSAlgorithm.RS256.equals(header.getAlgorithm())
                && header.getKeyID() != null
                && header.getJWK() == null
                && header.getJWKURL() == null
                && header.getX509CertURL() == null
                && header.getX509CertChain() == null
                && (header.getCriticalParams() == null || header.getCriticalParams().isEmpty());
    }

    private boolean claimsAreAcceptable(JWTClaimsSet claims) throws java.text.ParseException {
        String tenant = claims.getStringClaim("tid");
        String issuer = claims.getIssuer();
        boolean issuerMatchesTenant = String.format(V1_ISSUER, tenant).equals(issuer)
                || String.format(V2_ISSUER, tenant).equals(issuer);
        boolean audienceAccepted = claims.getAudience().stream().anyMatch(audiences::contains);
        return issuerMatchesTenant && audienceAccepted && isGuid(tenant) && isGuid(claims.getStringClaim("oid"))
                && tenants.allows(tenant);
    }

    private static Authentication authenticationOf(JWTClaimsSet claims) throws java.text.ParseException {
        List<String> roles = Optional.ofNullable(claims.getStringListClaim("roles")).orElse(List.of()).stream()
                .map(Role::fromClaim).flatMap(Optional::stream).map(Role::name).distinct().toList();
        Map<String, Object> attributes = new HashMap<>();
        attributes.put(Caller.OID, claims.getStringClaim("oid").toLowerCase());
        attributes.put(Caller.TENANT, claims.getStringClaim("tid").toLowerCase());
        String scopes = claims.getStringClaim("scp");
        attributes.put(Caller.DELEGATED, scopes != null && !scopes.isBlank());
        firstPresent(claims, "name").ifPresent(n -> attributes.put(Caller.NAME, n));
        firstPresent(claims, "preferred_username", "upn", "unique_name", "email")
                .ifPresent(u -> attributes.put(Caller.USERNAME, u));
        return Authentication.build(claims.getStringClaim("oid").toLowerCase(), roles, attributes);
    }

    private static Optional<String> firstPresent(JWTClaimsSet claims, String... names) {
        for (String name : names) {
            Object value = claims.getClaim(name);
            if (value instanceof String s && !s.isBlank()) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    private static boolean isGuid(String value) {
        try {
            return value != null && Objects.equals(UUID.fromString(value).toString(), value.toLowerCase());
        } catch (IllegalArgumentException notAGuid) {
            return false;
        }
    }
}
