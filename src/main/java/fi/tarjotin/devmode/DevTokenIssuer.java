package fi.tarjotin.devmode;

import com.nimbusds.jwt.JWTClaimsSet;
import fi.tarjotin.access.EntraProperties;
import fi.tarjotin.error.ErrorCode;
import fi.tarjotin.error.ValidationException;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.env.Environment;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.UUID;

/**
 * Signs dev people in: mints a token with exactly the claims of an Entra v2 delegated access token for
 * this API (the dev tenant and client id from {@code tarjotin.entra.*}), after giving the person the scope
 * that their role needs.
 */
@Singleton
@Requires(env = Environment.DEVELOPMENT)
class DevTokenIssuer {

    static final Duration LIFETIME = Duration.ofHours(12);
    private static final String CONNECTOR_CLIENT_ID = "de000000-0000-4000-8000-0000000000c2";
    private static final int MAX_NAME_LENGTH = 200;

    private final DevSigningKeys keys;
    private final DevAccessGrants grants;
    private final UUID tenantId;
    private final String clientId;
    private final Clock clock;

    DevTokenIssuer(DevSigningKeys keys, DevAccessGrants grants, EntraProperties entra, Clock clock) {
        this.keys = keys;
        this.clock = clock;
        this.grants = grants;
        this.tenantId = UUID.fromString(entra.getHomeTenantId());
        // v2 tokens carry the API's client id (a GUID) as aud, not its App ID URI.
        this.clientId = entra.getAudiences().stream().filter(DevTokenIssuer::isGuid).findFirst()
                .orElse(entra.getAudiences().get(0));
    }

    DevToken issue(DevSignIn request) {
        DevSignIn signIn = request == null ? new DevSignIn(null, null, null, null) : request;
        DevRole role = DevRole.parse(signIn.role())
                .orElseThrow(() -> ValidationException.of(ErrorCode.UNKNOWN_CODE, "role"));
        String name = nameOf(signIn, role);
        UUID organisationId = null;
        String municipalityCode = null;
        switch (role) {
            case EDITOR -> {
                organisationId = organisationOf(signIn);
                grants.ensureMember(organisationId, tenantId, role, name);
            }
            case COORDINATOR -> {
                municipalityCode = municipalityOf(signIn);
                grants.ensureCoordinator(municipalityCode, tenantId, role, name);
            }
            default -> {
                // Readers need no scope; an admin's scope is everything.
            }
        }
        return new DevToken(keys.sign(claims(role, name)), "Bearer", LIFETIME.toSeconds(), role.name(),
                role.oid().toString(), tenantId.toString(), name,
                organisationId == null ? null : organisationId.toString(), municipalityCode);
    }

    private JWTClaimsSet claims(DevRole role, String name) {
        Instant now = clock.instant();
        var claims = new JWTClaimsSet.Builder()
                .audience(clientId)
                .issuer("https://login.microsoftonline.com/" + tenantId + "/v2.0")
                .issueTime(Date.from(now))
                .notBeforeTime(Date.from(now))
                .expirationTime(Date.from(now.plus(LIFETIME)))
                .subject(role.oid().toString().replace("-", ""))
                .claim("tid", tenantId.toString())
                .claim("oid", role.oid().toString())
                .claim("ver", "2.0")
                .claim("name", name)
                .claim("preferred_username", role.username())
                .claim("scp", "user_impersonation")
                .claim("azp", CONNECTOR_CLIENT_ID)
                .claim("azpacr", "0")
                .claim("uti", UUID.randomUUID().toString().replace("-", "").substring(0, 22));
        if (!role.rolesClaim().isEmpty()) {
            claims.claim("roles", role.rolesClaim());
        }
        return claims.build();
    }

    private static String nameOf(DevSignIn signIn, DevRole role) {
        if (signIn.name() == null || signIn.name().isBlank()) {
            return role.defaultName();
        }
        String name = signIn.name().strip();
        if (name.length() > MAX_NAME_LENGTH) {
            throw ValidationException.of(ErrorCode.INVALID_LENGTH, "name");
        }
        return name;
    }

    private UUID organisationOf(DevSignIn signIn) {
        if (signIn.organisationId() == null || signIn.organisationId().isBlank()) {
            return grants.defaultOrganisation()
                    .orElseThrow(() -> ValidationException.of(ErrorCode.REQUIRED, "organisationId"));
        }
        UUID id = parseUuid(signIn.organisationId())
                .orElseThrow(() -> ValidationException.of(ErrorCode.INVALID_UUID, "organisationId"));
        if (!grants.organisationExists(id)) {
            throw ValidationException.of(ErrorCode.UNKNOWN_ORGANISATION, "organisationId");
        }
        return id;
    }

    private String municipalityOf(DevSignIn signIn) {
        String code = signIn.municipalityCode() == null || signIn.municipalityCode().isBlank()
                ? DevAccessGrants.DEFAULT_MUNICIPALITY : signIn.municipalityCode().strip();
        if (!fi.tarjotin.common.MunicipalityCode.isValid(code)) {
            throw ValidationException.of(ErrorCode.INVALID_MUNICIPALITY_CODE, "municipalityCode");
        }
        if (!grants.municipalityExists(code)) {
            throw ValidationException.of(ErrorCode.UNKNOWN_MUNICIPALITY, "municipalityCode");
        }
        return code;
    }

    private static Optional<UUID> parseUuid(String value) {
        try {
            return Optional.of(UUID.fromString(value.strip()));
        } catch (IllegalArgumentException notAUuid) {
            return Optional.empty();
        }
    }

    private static boolean isGuid(String value) {
        return parseUuid(value).isPresent();
    }
}
