package fi.tarjotin.municipality;

import fi.tarjotin.common.SqlParameters;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.sql.ColumnTransformer;

import java.time.Instant;
import java.util.UUID;

/** A person (Entra tenant + object id) who curates one municipality's listings and organisations. */
@MappedEntity("coordinator_assignment")
record CoordinatorAssignment(
        @Id UUID id,
        // Compared in the generated finders: a VARCHAR parameter (SqlParameters), so SQL Server seeks.
        @ColumnTransformer(write = SqlParameters.VARCHAR) String municipalityCode,
        UUID tenantId,
        UUID oid,
        String displayName,
        @Nullable String email,
        Instant createdAt) {

    /** A new assignment, whichever way it was made. */
    static CoordinatorAssignment of(String municipalityCode, UUID tenantId, UUID oid, String displayName,
                                    @Nullable String email, Instant createdAt) {
        return new CoordinatorAssignment(UUID.randomUUID(), municipalityCode, tenantId, oid, displayName, email,
                createdAt);
    }
}
