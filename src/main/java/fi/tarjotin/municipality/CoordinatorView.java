package fi.tarjotin.municipality;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

/** A coordinator of a municipality as the API shows them. */
@Serdeable
public record CoordinatorView(UUID id, String municipalityCode, UUID oid, UUID tenantId, String displayName,
                              @Nullable String email, Instant createdAt) {

    static CoordinatorView of(CoordinatorAssignment a) {
        return new CoordinatorView(a.id(), a.municipalityCode(), a.oid(), a.tenantId(), a.displayName(), a.email(),
                a.createdAt());
    }
}
