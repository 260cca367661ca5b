package fi.tarjotin.archfixture.jdbc;

import java.sql.Connection;
import java.sql.SQLException;

/** Seeded for JdbcConfinementTest: SQL outside a repository or store, which the rule forbids. */
public class ReportBuilder {

    /** Builds a report by querying the table itself instead of asking the store. */
    public String build(Connection connection) throws SQLException {
        try (var statement = connection.prepareStatement("SELECT title FROM report")) {
            var rows = statement.executeQuery();
            return rows.next() ? rows.getString(1) : "";
        }
    }
}
