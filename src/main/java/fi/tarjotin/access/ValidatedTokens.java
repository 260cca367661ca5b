package fi.tarjotin.access;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micronaut.security.authentication.Authentication;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Tokens that passed every check, remembered for a few minutes (never past their own expiry). A client sends
 * the same token with every request for up to an hour, and checking its signature again each time costs more
 * than the rest of a typical request. Kept under a SHA-256 hash of the token with only what validation
 * produced, so the cache holds no token that could be replayed and no more than a few hundred bytes each.
 */
final class ValidatedTokens {

    private static final Duration REMEMBER_FOR = Duration.ofMinutes(5);

    private final Cache<String, Validated> cache = Caffeine.newBuilder()
            .maximumSize(10_000).expireAfterWrite(REMEMBER_FOR).build();
    private final Clock clock;

    ValidatedTokens(Clock clock) {
        this.clock = clock;
    }

    /** What validation produced for a token, the tenant to check again on each use, and until when. */
    record Validated(Authentication authentication, String tenant, Instant validUntil) {
    }

    Optional<Validated> find(String token) {
        Validated known = cache.getIfPresent(keyOf(token));
        return known != null && clock.instant().isBefore(known.validUntil()) ? Optional.of(known) : Optional.empty();
    }

    void remember(String token, Authentication authentication, String tenant, Instant expires) {
        Instant until = clock.instant().plus(REMEMBER_FOR);
        cache.put(keyOf(token), new Validated(authentication, tenant, until.isBefore(expires) ? until : expires));
    }

    void forget(String token) {
        cache.invalidate(keyOf(token));
    }

    static String keyOf(String token) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException everyJavaHasIt) {
            throw new IllegalStateException(everyJavaHasIt);
        }
    }
}
