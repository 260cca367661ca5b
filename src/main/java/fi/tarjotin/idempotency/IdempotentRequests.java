package fi.tarjotin.idempotency;

import fi.tarjotin.access.Caller;
import fi.tarjotin.common.ExactKey;
import fi.tarjotin.error.BadRequestException;
import fi.tarjotin.error.ErrorCode;
import fi.tarjotin.error.ValidationException;
import fi.tarjotin.transaction.RetryOnContention;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.net.URI;
import java.sql.Connection;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
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

    private final IdempotentRequestStore store;
    private final JsonMapper json;
    private final TransactionOperations<Connection> transactions;
    private final Clock clock;

    IdempotentRequests(IdempotentRequestStore store, JsonMapper json, TransactionOperations<Connection> transactions,
                       Clock clock) {
        this.store = store;
        this.json = json;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** What a create answered, and whether it was an earlier request's record. */
    public record Outcome<T>(T value, boolean replayed) {

        /** 201 with the record and its address; a replay says so in {@code Idempotent-Replayed: true}. */
        public MutableHttpResponse<T> created(URI location) {
            MutableHttpResponse<T> response = HttpResponse.<T>status(HttpStatus.CREATED).body(value)
                    .header(HttpHeaders.LOCATION, location.toString());
            return replayed ? response.header("Idempotent-Replayed", "true") : response;
        }
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
        return store.find(caller, ExactKey.of(key), clock.instant().minus(RETENTION)).map(remembered -> {
            if (!remembered.requestHash().equals(requestHash)) {
                throw ValidationException.of(ErrorCode.IDEMPOTENCY_KEY_REUSED, "Idempotency-Key");
            }
            return remembered.resourceId();
        });
    }

    /** Records what the key created; call inside the creating transaction. */
    private void remember(Caller caller, String key, String requestHash, UUID resourceId) {
        Instant now = clock.instant();
        store.remember(caller, key, ExactKey.of(key), requestHash, resourceId, now, now.minus(RETENTION));
    }

    /** Forgets keys older than the retention period; hourly, on one instance ({@link ExpiredKeyPurge}). */
    void forgetExpired() {
        store.deleteBefore(clock.instant().minus(RETENTION));
    }
}
