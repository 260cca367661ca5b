package fi.tarjotin.common;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

/**
 * Reads {@code UNIQUEIDENTIFIER} columns. SQL Server gives their text in upper case and H2 in lower case, so a
 * GUID read as text compares differently in production than in the tests: every GUID is read as a
 * {@link UUID} through here, never with {@code getString}.
 */
public final class Guids {

    private Guids() {
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
