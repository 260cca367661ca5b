package fi.tarjotin.common;

import fi.tarjotin.error.ErrorCode;
import fi.tarjotin.error.FieldError;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Reads {@code UNIQUEIDENTIFIER} columns. SQL Server gives their text in upper case and H2 in lower case, so a
 * GUID read as text compares differently in production than in the tests: every GUID is read as a
 * {@link UUID} through here, never with {@code getString}.
 */
public final class Guids {

    private static final Pattern CANONICAL =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private Guids() {
    }

    /** A GUID written in its 8-4-4-4-12 form, in either case; {@code UUID.fromString} alone also takes "1-2-3-4-5". */
    public static Optional<UUID> parse(String text) {
        return text != null && CANONICAL.matcher(text).matches() ? Optional.of(UUID.fromString(text)) : Optional.empty();
    }

    /**
     * A GUID a client wrote in a field; null where the text is not one, and then {@code INVALID_UUID} at
     * {@code target} is added to {@code errors}. Whether the field is required is the caller's rule.
     */
    public static UUID field(String text, String target, List<FieldError> errors) {
        Optional<UUID> id = parse(text);
        if (id.isEmpty()) {
            errors.add(new FieldError(ErrorCode.INVALID_UUID, target));
        }
        return id.orElse(null);
    }

    /** The GUID in this column, or null where the column is NULL. */
    public static UUID get(ResultSet rows, int column) throws SQLException {
        return rows.getObject(column, UUID.class);
    }

    /** The GUID in this column, or null where the column is NULL. */
    public static UUID get(ResultSet rows, String column) throws SQLException {
        return rows.getObject(column, UUID.class);
    }
}
