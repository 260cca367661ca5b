package fi.tarjotin.common;

import fi.tarjotin.error.BadRequestException;
import fi.tarjotin.error.ErrorCode;
import fi.tarjotin.error.VersionConflictException;
import fi.tarjotin.error.VersionRequiredException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.tree.JsonNode;

import java.math.BigInteger;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Optimistic concurrency as the API speaks it: a record's {@code version} goes out in the body and as
 * {@code ETag: "n"}; an update names the version it read in {@code If-Match} or in its body.
 */
public final class Versions {

    private static final Pattern ETAG = Pattern.compile("^\\s*(?:W/)?\"?(\\d{1,18})\"?\\s*$");

    private Versions() {
    }

    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    /**
     * The version an update expects to change. Both forms given and disagreeing is a conflict; neither
     * given is refused, so that no update can overwrite another one unseen.
     */
    public static long expected(@Nullable String ifMatch, @Nullable Long bodyVersion) {
        Long fromHeader = parse(ifMatch);
        if (fromHeader != null && bodyVersion != null && !fromHeader.equals(bodyVersion)) {
            throw new VersionConflictException();
        }
        if (fromHeader != null) {
            return fromHeader;
        }
        if (bodyVersion != null) {
            return bodyVersion;
        }
        throw new VersionRequiredException();
    }

    /** {@link #expected(String, Long)} with the version taken from a merge-patch body by {@link #inBody}. */
    public static long expected(@Nullable String ifMatch, JsonNode body) {
        return expected(ifMatch, inBody(body));
    }

    /**
     * The {@code version} member of a request body, or null where it is absent or {@code null}. Anything but a
     * whole number from 0 up cannot name a version: it is malformed, 400 {@code INVALID_VALUE} at
     * {@code version}, the same answer as a malformed If-Match, in every feature.
     */
    public static @Nullable Long inBody(JsonNode body) {
        JsonNode version = body.isObject() ? body.get("version") : null;
        if (version == null || version.isNull()) {
            return null;
        }
        Number number = version.isNumber() ? version.getNumberValue() : null;
        boolean whole = number instanceof Integer || number instanceof Long || number instanceof Short
                || number instanceof Byte || number instanceof BigInteger big && big.bitLength() < 64;
        if (!whole || number.longValue() < 0) {
            throw new BadRequestException(ErrorCode.INVALID_VALUE, "version");
        }
        return number.longValue();
    }

    /** The version named by an optional If-Match, or null where there is none ({@code *} means any). */
    public static @Nullable Long parse(@Nullable String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            return null;
        }
        Matcher m = ETAG.matcher(ifMatch);
        if (!m.matches()) {
            throw new BadRequestException(ErrorCode.INVALID_VALUE, "If-Match");
        }
        return Long.parseLong(m.group(1));
    }
}
