package fi.tarjotin.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;

/** A change anywhere in the catalogue, as the administrators' audit view lists it. */
@Serdeable
public record AuditRecord(long id, String entityType, String entityId, String action, Instant occurredAt,
                          @Nullable Long version, AuditEntry.Actor actor, List<String> changedFields) {
}
