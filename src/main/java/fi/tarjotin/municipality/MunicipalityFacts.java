package fi.tarjotin.municipality;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What other features ask of the municipality feature beyond the list itself: who takes part in a period,
 * which web sites may frame a municipality's pages, and (for the dev sign-in) who coordinates it.
 */
@Singleton
public class MunicipalityFacts {

    /**
     * A municipality that takes part in a period, with the population its share is weighed by and the first and
     * last day of its participation agreement.
     */
    public record Participant(String code, long population, LocalDate agreementStart, LocalDate agreementEnd) {
    }

    private final MunicipalityStore store;
    private final CoordinatorAssignmentRepository assignments;

    MunicipalityFacts(MunicipalityStore store, CoordinatorAssignmentRepository assignments) {
        this.store = store;
        this.assignments = assignments;
    }

    /** Active municipalities whose participation agreement overlaps [from, to], by code. */
    public List<Participant> participants(LocalDate from, LocalDate to) {
        return store.participants(from, to);
    }

    /** The web site origins the municipality registered in its onboarding, sorted. */
    public List<String> websiteOrigins(String municipalityCode) {
        return store.websiteOrigins(municipalityCode);
    }

    /**
     * Assigns the person as a coordinator of the municipality unless they already are one; the id of the new
     * assignment, or empty where there was nothing to add. The caller decides who may do this.
     */
    public Optional<UUID> addCoordinator(String municipalityCode, UUID tenantId, UUID oid, String displayName,
                                         @Nullable String email, Instant createdAt) {
        if (assignments.existsByMunicipalityCodeAndTenantIdAndOid(municipalityCode, tenantId, oid)) {
            return Optional.empty();
        }
        return Optional.of(assignments.save(CoordinatorAssignment.of(municipalityCode, tenantId, oid, displayName,
                email, createdAt)).id());
    }
}
