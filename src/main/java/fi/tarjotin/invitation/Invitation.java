package fi.tarjotin.invitation;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.util.UUID;

/** A row of {@code invitation}. */
record Invitation(UUID id, UUID organisationId, String email, String displayName, String status,
                  @Nullable UUID userTenantId, @Nullable UUID userOid, Instant createdAt,
                  @Nullable Instant acceptedAt) {

    static final String PENDING = "PENDING";
    static final String ACCEPTED = "ACCEPTED";
}
