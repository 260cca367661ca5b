package fi.tarjotin.access;

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
import fi.tarjotin.error.ErrorCode;
import fi.tarjotin.error.TokenRefusal;
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

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Accepts only genuine Entra access tokens for this API (v1 and v2): RS256 signed by a key from the
 * configured JWKS, issuer of an allowed tenant in either form, one of the configured audiences, within
 * the validity window (2 min skew), with an {@code oid}, obtained by an allowed client app where those are
 * configured. Anything else leaves the request anonymous, which the security rules answer with 401.
 * {@code Tarjotin.Admin} counts only from the home tenant and the configured admin tenants: any other
 * tenant's administrators can give that role to anyone.
 */
@Singleton
class EntraTokenValidator implements TokenValidator<HttpRequest<?>> {

    private static final Logger LOG = LoggerFactory.getLogger(EntraTokenValidator.class);
    private static final int MAX_TOKEN_LENGTH = 20_000;
    private static final int MAX_CLOCK_SKEW_SECONDS = 120;
    private static final String V1_ISSUER = "https://sts.windows.net/%s/";
    private static final String V2_ISSUER = "https://login.microsoftonline.com/%s/v2.0";

    private final DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
    private final ValidatedTokens remembered;
    private final Set<String> audiences;
    private final Set<String> adminTenants;
    private final Set<String> allowedClients;
    private final TenantAllowList tenants;
    private final Scheduler blocking;

    EntraTokenValidator(EntraProperties entra, SigningKeys keys, TenantAllowList tenants,
                        @Named(TaskExecutors.BLOCKING) ExecutorService blockingExecutor, Clock clock) {
        this.remembered = new ValidatedTokens(clock);
        this.audiences = Set.copyOf(entra.getAudiences());
        this.adminTenants = normalised(Stream.concat(Stream.of(entra.getHomeTenantId()),
                entra.getAdminTenantIds().stream()));
        this.allowedClients = normalised(entra.getAllowedClientIds().stream());
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
        Optional<ValidatedTokens.Validated> known = remembered.find(token);
        if (known.isPresent()) {
            // The tenant may have been deactivated since: asked again on every use of a remembered token.
            String tenant = known.get().tenant();
            if (tenants.answersFromMemory(tenant)) {
                return Mono.justOrEmpty(stillAllowed(token, known.get()));
            }
            return Mono.fromCallable(() -> stillAllowed(token, known.get()).orElse(null)).subscribeOn(blocking);
        }
        // Key fetches and the tenant look-up block: keep them off the event loop.
        return Mono.fromCallable(() -> validate(token, request).orElse(null)).subscribeOn(blocking);
    }

    private Optional<Authentication> stillAllowed(String token, ValidatedTokens.Validated known) {
        if (tenants.allows(known.tenant())) {
            return Optional.of(known.authentication());
        }
        remembered.forget(token);
        return Optional.empty();
    }

    Optional<Authentication> validate(String token, HttpRequest<?> request) {
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
            if (!clientIsAllowed(claims)) {
                // A genuine token, but obtained by an app that may not act for our users: its own 401.
                LOG.debug("Bearer token refused: client app not allowed");
                TokenRefusal.mark(request, ErrorCode.CLIENT_APP_NOT_ALLOWED);
                return Optional.empty();
            }
            Authentication authentication = authenticationOf(claims);
            remembered.remember(token, authentication, claims.getStringClaim("tid"),
                    claims.getExpirationTime().toInstant());
            return Optional.of(authentication);
        } catch (Exception refused) {
            // The reason is logged without the token itself.
            LOG.debug("Bearer token refused: {}", refused.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    /** The client app is {@code azp} in v2 tokens and {@code appid} in v1, delegated or app-only alike. */
    private boolean clientIsAllowed(JWTClaimsSet claims) {
        return allowedClients.isEmpty() || firstPresent(claims, "azp", "appid")
                .map(client -> allowedClients.contains(client.toLowerCase(Locale.ROOT))).orElse(false);
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

    /** The roles in effect: Admin only where the tenant is trusted for it, so every admin check follows. */
    private Authentication authenticationOf(JWTClaimsSet claims) throws java.text.ParseException {
        boolean adminTrusted = adminTenants.contains(claims.getStringClaim("tid").toLowerCase(Locale.ROOT));
        List<String> roles = Optional.ofNullable(claims.getStringListClaim("roles")).orElse(List.of()).stream()
                .map(Role::fromClaim).flatMap(Optional::stream).filter(r -> adminTrusted || r != Role.ADMIN)
                .map(Role::name).distinct().toList();
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

    private static Set<String> normalised(Stream<String> ids) {
        return ids.filter(Objects::nonNull).map(id -> id.strip().toLowerCase(Locale.ROOT)).filter(id -> !id.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    private static boolean isGuid(String value) {
        try {
            return value != null && Objects.equals(UUID.fromString(value).toString(), value.toLowerCase());
        } catch (IllegalArgumentException notAGuid) {
            return false;
        }
    }
}
