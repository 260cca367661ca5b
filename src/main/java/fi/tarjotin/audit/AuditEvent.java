package fi.tarjotin.audit;

import fi.tarjotin.common.SqlParameters;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.sql.ColumnTransformer;

import java.time.Instant;
import java.util.UUID;

/** One recorded change: who (Entra oid and tenant), when, what and which fields. */
@MappedEntity("audit_event")
record AuditEvent(
        @Id @GeneratedValue @Nullable Long id,
        // Compared in the generated finder: VARCHAR parameters (SqlParameters), so SQL Server seeks.
        @ColumnTransformer(write = SqlParameters.VARCHAR) String entityType,
        @ColumnTransformer(write = SqlParameters.VARCHAR) String entityId,
        String action,
        @Nullable Long entityVersion,
        @Nullable UUID actorOid,
        @Nullable UUID actorTenantId,
        @Nullable String actorName,
        @Nullable String changedFields,
        Instant occurredAt) {
}
