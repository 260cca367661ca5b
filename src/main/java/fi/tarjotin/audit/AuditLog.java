package fi.tarjotin.audit;

import fi.tarjotin.access.Caller;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * Records every change to a listing, organisation, membership or municipality. Callers invoke it inside
 * their own transaction, so the row is written together with the change or not at all.
 */
@Singleton
public class AuditLog {

    private static final int MAX_FIELDS_LENGTH = 2000;

    private final AuditEventRepository events;
    private final Clock clock;

    AuditLog(AuditEventRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void record(String entityType, Object entityId, String action, Long version, Caller caller,
                       Collection<String> changedFields) {
        String fields = String.join(",", changedFields);
        if (fields.length() > MAX_FIELDS_LENGTH) {
            fields = fields.substring(0, MAX_FIELDS_LENGTH);
        }
        events.save(new AuditEvent(null, entityType, entityId.toString(), action, version,
                caller == null ? null : caller.oid(), caller == null ? null : caller.tenantId(),
                caller == null ? null : caller.displayName().orElse(null),
                fields.isEmpty() ? null : fields, clock.instant()));
    }

    /** The changes of one record, newest first. */
    public List<AuditEntry> history(String entityType, Object entityId) {
        return events.findByEntityTypeAndEntityIdOrderByIdDesc(entityType, entityId.toString()).stream()
                .map(e -> new AuditEntry(e.action(), e.occurredAt(), e.entityVersion(),
                        new AuditEntry.Actor(e.actorOid() == null ? null : e.actorOid().toString(),
                                e.actorTenantId() == null ? null : e.actorTenantId().toString(), e.actorName()),
                        e.changedFields() == null ? List.of() : Arrays.asList(e.changedFields().split(","))))
                .toList();
    }
}
