package fi.tarjotin.municipality;

import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Coordinator scopes that other features record on an administrator's behalf (an onboarding's directory steps). */
@Singleton
public class CoordinatorAssignments {

    private final CoordinatorAssignmentRepository assignments;
    private final Clock clock;

    CoordinatorAssignments(CoordinatorAssignmentRepository assignments, Clock clock) {
        this.assignments = assignments;
        this.clock = clock;
    }

    /** Gives the person the municipality's coordinator scope unless they have it; the new assignment's id, if any. */
    public Optional<UUID> assignIfAbsent(String code, UUID tenantId, UUID oid, String displayName, String email) {
        if (assignments.existsByMunicipalityCodeAndTenantIdAndOid(code, tenantId, oid)) {
            return Optional.empty();
        }
        UUID id = UUID.randomUUID();
        assignments.save(new CoordinatorAssignment(id, code, tenantId, oid, displayName, email, Instant.now(clock)));
        return Optional.of(id);
    }
}
