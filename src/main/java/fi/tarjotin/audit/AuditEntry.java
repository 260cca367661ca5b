package fi.tarjotin.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;

/** A change as the history endpoints show it. */
@Serdeable
public record AuditEntry(String action, Instant occurredAt, @Nullable Long version, Actor actor,
                         List<String> changedFields) {

    /** Who made the change. */
    @Serdeable
    public record Actor(@Nullable String oid, @Nullable String tenantId, @Nullable String name) {
    }
}
