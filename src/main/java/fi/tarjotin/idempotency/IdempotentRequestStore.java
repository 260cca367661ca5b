package fi.tarjotin.idempotency;

import fi.tarjotin.access.Caller;
import fi.tarjotin.common.SqlParameters;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** The {@code idempotent_request} table: which record a caller's key created, with the hash of the request. */
@Singleton
class IdempotentRequestStore {

    /** A remembered key: the hash of the request that first used it and the id of the record it created. */
    record Remembered(String requestHash, UUID resourceId) {
    }

    private final JdbcOperations jdbc;

    IdempotentRequestStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** The caller's key with this {@code keyHash}, remembered after {@code since}. */
    Optional<Remembered> find(Caller caller, String keyHash, Instant since) {
        return jdbc.execute(connection -> {
            try (var statement = connection.prepareStatement("SELECT request_hash, resource_id FROM idempotent_request "
                    + "WHERE caller_tenant_id = " + SqlParameters.UUID + " AND caller_oid = " + SqlParameters.UUID
                    + " AND key_hash = " + SqlParameters.VARCHAR + " AND created_at > ?")) {
                statement.setString(1, caller.tenantId().toString());
                statement.setString(2, caller.oid().toString());
                statement.setString(3, keyHash);
                statement.setTimestamp(4, Timestamp.from(since));
                try (var rows = statement.executeQuery()) {
                    // resource_id is VARCHAR(36) text written by this class in lower case, not a GUID column.
                    return rows.next() ? Optional.of(new Remembered(rows.getString(1), UUID.fromString(rows.getString(2))))
                            : Optional.empty();
                }
            }
        });
    }

    /**
     * Remembers the key, replacing the caller's expired row with the same key (remembered at or before
     * {@code expiredBy}); call inside the creating transaction.
     */
    void remember(Caller caller, String key, String keyHash, String requestHash, UUID resourceId, Instant now,
                  Instant expiredBy) {
        jdbc.execute(connection -> {
            try (var delete = connection.prepareStatement("DELETE FROM idempotent_request "
                    + "WHERE caller_tenant_id = " + SqlParameters.UUID + " AND caller_oid = " + SqlParameters.UUID
                    + " AND key_hash = " + SqlParameters.VARCHAR + " AND created_at <= ?")) {
                delete.setString(1, caller.tenantId().toString());
                delete.setString(2, caller.oid().toString());
                delete.setString(3, keyHash);
                delete.setTimestamp(4, Timestamp.from(expiredBy));
                delete.executeUpdate();
            }
            try (var statement = connection.prepareStatement("INSERT INTO idempotent_request (caller_tenant_id, "
                    + "caller_oid, idempotency_key, key_hash, request_hash, response_status, resource_id, created_at) "
                    + "VALUES (?, ?, ?, ?, ?, 201, ?, ?)")) {
                statement.setString(1, caller.tenantId().toString());
                statement.setString(2, caller.oid().toString());
                statement.setString(3, key);
                statement.setString(4, keyHash);
                statement.setString(5, requestHash);
                statement.setString(6, resourceId.toString());
                statement.setTimestamp(7, Timestamp.from(now));
                statement.executeUpdate();
            }
            return null;
        });
    }

    /** Deletes the keys remembered before {@code before}; the number deleted. */
    int deleteBefore(Instant before) {
        return jdbc.execute(connection -> {
            try (var statement = connection.prepareStatement("DELETE FROM idempotent_request WHERE created_at < ?")) {
                statement.setTimestamp(1, Timestamp.from(before));
                return statement.executeUpdate();
            }
        });
    }
}
