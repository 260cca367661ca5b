package fi.tarjotin.common;

import io.micronaut.core.annotation.Nullable;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Plain JDBC for statements built at run time with their parameters in a list (an IN list of any length). */
public final class SqlRows {

    /** Reads one row. */
    public interface Reader<T> {
        T read(ResultSet row) throws SQLException;
    }

    private SqlRows() {
    }

    public static <T> List<T> query(Connection c, String sql, List<Object> parameters, Reader<T> reader)
            throws SQLException {
        List<T> found = new ArrayList<>();
        try (PreparedStatement s = prepare(c, sql, parameters); ResultSet rows = s.executeQuery()) {
            while (rows.next()) {
                found.add(reader.read(rows));
            }
        }
        return found;
    }

    public static int update(Connection c, String sql, List<Object> parameters) throws SQLException {
        try (PreparedStatement s = prepare(c, sql, parameters)) {
            return s.executeUpdate();
        }
    }

    /** A GUID column as a UUID's text (lower case), whichever case the database gives its own text in. */
    public static @Nullable String guid(ResultSet row, int column) throws SQLException {
        UUID value = Guids.get(row, column);
        return value == null ? null : value.toString();
    }

    private static PreparedStatement prepare(Connection c, String sql, List<Object> parameters) throws SQLException {
        PreparedStatement s = c.prepareStatement(sql);
        try {
            for (int i = 0; i < parameters.size(); i++) {
                s.setObject(i + 1, parameters.get(i));
            }
            return s;
        } catch (SQLException e) {
            s.close();
            throw e;
        }
    }
}
