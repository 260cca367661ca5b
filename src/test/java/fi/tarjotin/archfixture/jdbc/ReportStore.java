package fi.tarjotin.archfixture.jdbc;

import java.sql.Connection;
import java.sql.SQLException;

/** Seeded for JdbcConfinementTest: a store, where JDBC belongs. */
public class ReportStore {

    /** Counts the rows of a report. */
    public int count(Connection connection) throws SQLException {
        try (var statement = connection.prepareStatement("SELECT COUNT(*) FROM report")) {
            var rows = statement.executeQuery();
            return rows.next() ? rows.getInt(1) : 0;
        }
    }
}
