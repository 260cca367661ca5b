package fi.tarjotin.support;

import io.micronaut.jdbc.BasicJdbcConfiguration;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * A transaction of the test's own, on a connection outside the service's pool, that holds the locks of what it
 * wrote until the test ends it: how the contention tests make the service meet a real lock on the real database.
 */
public final class OtherTransaction implements AutoCloseable {

    private final Connection connection;

    private OtherTransaction(Connection connection) {
        this.connection = connection;
    }

    public static OtherTransaction begin(BasicJdbcConfiguration database) throws SQLException {
        Connection connection = DriverManager.getConnection(database.getUrl(), database.getUsername(),
                database.getPassword());
        connection.setAutoCommit(false);
        return new OtherTransaction(connection);
    }

    /** Runs one statement with text parameters and returns the rows it changed. */
    public int execute(String sql, Object... parameters) throws SQLException {
        try (var statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        }
    }

    public void rollBack() {
        end(false);
    }

    public void commit() {
        end(true);
    }

    private void end(boolean commit) {
        try {
            if (commit) {
                connection.commit();
            } else {
                connection.rollback();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Rolls back whatever is still open and lets the connection go. */
    @Override
    public void close() throws SQLException {
        if (!connection.isClosed()) {
            connection.rollback();
            connection.close();
        }
    }
}
