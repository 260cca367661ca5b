package fi.tarjotin.devmode;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** A dev access token and who it signs in: use it as {@code Authorization: Bearer <accessToken>}. */
@Serdeable
record DevToken(String accessToken, String tokenType, long expiresIn, String role, String oid, String tenantId,
                String name, @Nullable String organisationId, @Nullable String municipalityCode) {
}
