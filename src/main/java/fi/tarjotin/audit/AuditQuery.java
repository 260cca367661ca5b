package fi.tarjotin.audit;

import fi.tarjotin.common.Cursor;
import fi.tarjotin.common.Guids;
import fi.tarjotin.common.SqlParameters;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** Reads the audit log across records, newest first, in keyset pages by id (ids only grow). */
@Singleton
class AuditQuery {

    /** One page of audit rows and the cursor of the next, if any. */
    record Slice(List<AuditRecord> items, @Nullable Cursor next) {
    }

    private final JdbcOperations jdbc;

    AuditQuery(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    Slice search(@Nullable String entityType, @Nullable String entityId, @Nullable Instant from,
                 @Nullable Instant to, @Nullable Long beforeId, int top) {
        StringBuilder sql = new StringBuilder("SELECT TOP (?) id, entity_type, entity_id, action, entity_version, "
                + "actor_oid, actor_tenant_id, actor_name, changed_fields, occurred_at FROM audit_event WHERE 1 = 1");
        List<Object> parameters = new ArrayList<>();
        parameters.add(top + 1);
        if (entityType != null) {
            sql.append(" AND entity_type = ").append(SqlParameters.VARCHAR);
            parameters.add(entityType);
        }
        if (entityId != null) {
            sql.append(" AND entity_id = ").append(SqlParameters.VARCHAR);
            parameters.add(entityId);
        }
        if (from != null) {
            sql.append(" AND occurred_at >= ?");
            parameters.add(Timestamp.from(from));
        }
        if (to != null) {
            sql.append(" AND occurred_at < ?");
            parameters.add(Timestamp.from(to));
        }
        if (beforeId != null) {
            sql.append(" AND id < ?");
            parameters.add(beforeId);
        }
        sql.append(" ORDER BY id DESC");
        List<AuditRecord> rows = jdbc.execute(c -> {
            List<AuditRecord> found = new ArrayList<>();
            try (var s = c.prepareStatement(sql.toString())) {
                for (int i = 0; i < parameters.size(); i++) {
                    s.setObject(i + 1, parameters.get(i));
                }
                try (var r = s.executeQuery()) {
                    while (r.next()) {
                        long version = r.getLong(5);
                        Long entityVersion = r.wasNull() ? null : version;
                        String fields = r.getString(9);
                        found.add(new AuditRecord(r.getLong(1), r.getString(2), r.getString(3), r.getString(4),
                                r.getTimestamp(10).toInstant(), entityVersion,
                                new AuditEntry.Actor(text(Guids.get(r, 6)), text(Guids.get(r, 7)), r.getString(8)),
                                fields == null ? List.of() : Arrays.asList(fields.split(","))));
                    }
                }
            }
            return found;
        });
        if (rows.size() <= top) {
            return new Slice(rows, null);
        }
        List<AuditRecord> page = rows.subList(0, top);
        return new Slice(List.copyOf(page), new Cursor(List.of(String.valueOf(page.get(top - 1).id()))));
    }

    private static String text(@Nullable UUID guid) {
        return guid == null ? null : guid.toString();
    }
}
