package fi.tarjotin.common;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The stored form of a caller's key whose case matters (an Idempotency-Key, an import's source id): the
 * SHA-256 of its exact text, in lower-case hex. SQL Server's case-insensitive collation makes {@code a1} and
 * {@code A1} equal as text; their hashes differ on every collation, so a primary key on the hash keeps them
 * apart. The text itself is stored beside it, for people.
 */
public final class ExactKey {

    /** The length of every key: a {@code VARCHAR(64)} column holds it. */
    public static final int LENGTH = 64;

    private ExactKey() {
    }

    /** The key of this text. */
    public static String of(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
