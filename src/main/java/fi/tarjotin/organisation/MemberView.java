package fi.tarjotin.organisation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

/** A member of an organisation as the API shows it. */
@Serdeable
public record MemberView(UUID id, UUID oid, UUID tenantId, String displayName, @Nullable String email, String role,
                         Instant createdAt) {

    static MemberView of(OrganisationMember m) {
        return new MemberView(m.id(), m.oid(), m.tenantId(), m.displayName(), m.email(), m.role(), m.createdAt());
    }
}
