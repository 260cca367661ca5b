package fi.tarjotin.idempotency;

import fi.tarjotin.access.Caller;
import fi.tarjotin.common.ExactKey;
import fi.tarjotin.common.SqlParameters;
import fi.tarjotin.error.BadRequestException;
import fi.tarjotin.error.ErrorCode;
import fi.tarjotin.error.ValidationException;
import fi.tarjotin.transaction.RetryOnContention;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.sql.Connection;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Remembers which record a caller's {@code Idempotency-Key} created, for 24 hours, so that a retried create
 * (Power Automate retries on timeouts and 5xx) returns the first record instead of making a second one.
 * The key is remembered in the creating transaction: a concurrent duplicate fails on the primary key, which
 * holds the key's {@link ExactKey} (the key's case matters; the database's collation ignores it).
 */
@Singleton
public class IdempotentRequests {

    private static final Duration RETENTION = Duration.ofHours(24);
    private static final Pattern KEY = Pattern.compile("^[\\x21-\\x7e]{1,100}$");

    private final JdbcOperations jdbc;
    private final JsonMapper json;
    private final TransactionOperations<Connection> transactions;
    private final Clock clock;

    IdempotentRequests(JdbcOperations jdbc, JsonMapper json, TransactionOperations<Connection> transactions,
                       Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** What a create answered, and whether it was an earlier request's record. */
    public record Outcome<T>(T value, boolean replayed) {
    }

    /**
     * Runs a create once per key: without a key it simply runs; with a key seen before (same request) it
     * returns the earlier record; with a new key it creates and remembers the key in the same transaction.
     * Two requests racing with one key: the loser's transaction fails on the key and it answers the winner's.
     */
    @RetryOnContention
    public <T> Outcome<T> create(Caller caller, @Nullable String idempotencyKey, Object request, Supplier<T> create,
                                 Function<T, UUID> idOf, Function<UUID, T> reload) {
        String key = validKey(idempotencyKey);
        if (key == null) {
            return new Outcome<>(transactions.executeWrite(status -> create.get()), false);
        }
        String requestHash = hash(canonical(request));
        Optional<UUID> earlier = earlierResult(caller, key, requestHash);
        if (earlier.isPresent()) {
            return new Outcome<>(reload.apply(earlier.get()), true);
        }
        try {
            return new Outcome<>(transactions.executeWrite(status -> {
                T created = create.get();
                remember(caller, key, requestHash, idOf.apply(created));
                return created;
            }), false);
        } catch (DataAccessException raceWithSameKey) {
            return earlierResult(caller, key, requestHash).map(id -> new Outcome<>(reload.apply(id), true))
                    .orElseThrow(() -> raceWithSameKey);
        }
    }

    private byte[] canonical(Object request) {
        try {
            return json.writeValueAsBytes(request);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Checks the header's form; null where the request carried none. */
    static @Nullable String validKey(@Nullable String key) {
        if (key == null) {
            return null;
        }
        if (!KEY.matcher(key).matches()) {
            throw new BadRequestException(ErrorCode.INVALID_VALUE, "Idempotency-Key");
        }
        return key;
    }

    static String hash(byte[] canonicalRequest) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonicalRequest));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The id of the record this key already created, if any; the same key with a different request is
     * refused with 422. The key is found by its {@link ExactKey}: keys that differ only in case are different
     * keys, although SQL Server's collation compares their text as equal.
     */
    private Optional<UUID> earlierResult(Caller caller, String key, String requestHash) {
        return jdbc.execute(connection -> {
            try (var statement = connection.prepareStatement("SELECT request_hash, resource_id FROM idempotent_request "
                    + "WHERE caller_tenant_id = " + SqlParameters.UUID + " AND caller_oid = " + SqlParameters.UUID
                    + " AND key_hash = " + SqlParameters.VARCHAR + " AND created_at > ?")) {
                statement.setString(1, caller.tenantId().toString());
                statement.setString(2, caller.oid().toString());
                statement.setString(3, ExactKey.of(key));
                statement.setTimestamp(4, Timestamp.from(clock.instant().minus(RETENTION)));
                try (var rows = statement.executeQuery()) {
                    if (!rows.next()) {
                        return Optional.empty();
                    }
                    if (!rows.getString(1).equals(requestHash)) {
                        throw ValidationException.of(ErrorCode.IDEMPOTENCY_KEY_REUSED, "Idempotency-Key");
                    }
                    // resource_id is VARCHAR(36) text written by this class in lower case, not a GUID column.
                    return Optional.of(UUID.fromString(rows.getString(2)));
                }
            }
        });
    }

    /** Records what the key created; call inside the creating transaction. */
    private void remember(Caller caller, String key, String requestHash, UUID resourceId) {
        String keyHash = ExactKey.of(key);
        jdbc.execute(connection -> {
            try (var delete = connection.prepareStatement("DELETE FROM idempotent_request "
                    + "WHERE caller_tenant_id = " + SqlParameters.UUID + " AND caller_oid = " + SqlParameters.UUID
                    + " AND key_hash = " + SqlParameters.VARCHAR + " AND created_at <= ?")) {
                delete.setString(1, caller.tenantId().toString());
                delete.setString(2, caller.oid().toString());
                delete.setString(3, keyHash);
                delete.setTimestamp(4, Timestamp.from(clock.instant().minus(RETENTION)));
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
                statement.setTimestamp(7, Timestamp.from(clock.instant()));
                statement.executeUpdate();
            }
            return null;
        });
    }

    /** Forgets keys older than the retention period; hourly, on one instance ({@link ExpiredKeyPurge}). */
    void forgetExpired() {
        jdbc.execute(connection -> {
            try (var statement = connection.prepareStatement("DELETE FROM idempotent_request WHERE created_at < ?")) {
                statement.setTimestamp(1, Timestamp.from(clock.instant().minus(RETENTION)));
                return statement.executeUpdate();
            }
        });
    }
}
