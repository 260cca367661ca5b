package fi.tarjotin.common;

import fi.tarjotin.error.BadRequestException;

import fi.tarjotin.error.ErrorCode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;

/**
 * An opaque keyset position: the sort values of the last item of a page. Encoded as URL-safe base64 so
 * clients treat it as a token; anything that does not decode to the expected shape is refused with 400.
 */
public record Cursor(List<String> values) {

    private static final Pattern SEPARATOR = Pattern.compile("\u001f");
    private static final int MAX_LENGTH = 2_000;

    public String encode() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(String.join("\u001f", values).getBytes(StandardCharsets.UTF_8));
    }

    /** Decodes a cursor that must carry exactly {@code expectedParts} values. */
    public static Cursor decode(String token, int expectedParts) {
        if (token == null || token.isEmpty() || token.length() > MAX_LENGTH) {
            throw invalid();
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            List<String> parts = List.of(SEPARATOR.split(text, -1));
            if (parts.size() != expectedParts) {
                throw invalid();
            }
            return new Cursor(parts);
        } catch (IllegalArgumentException notBase64) {
            throw invalid();
        }
    }

    private static BadRequestException invalid() {
        return new BadRequestException(ErrorCode.INVALID_CURSOR, "cursor");
    }
}
