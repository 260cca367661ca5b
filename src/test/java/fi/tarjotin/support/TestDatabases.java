package fi.tarjotin.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Where a test class keeps its data: a fresh in-memory H2 database in SQL Server mode, or, when
 * {@code -Dtarjotin.test.datasource.url} names a SQL Server ({@code ./mvnw -Psqlserver verify} with
 * {@code infra/local/compose.yaml}), a fresh database on that server, dropped when the test run ends.
 */
final class TestDatabases {

    static final String SERVER_PROPERTY = "tarjotin.test.datasource.url";
    private static final List<String> CREATED = new CopyOnWriteArrayList<>();

    private TestDatabases() {
    }

    static String freshUrl() {
        String server = System.getProperty(SERVER_PROPERTY, "").strip();
        if (server.isEmpty()) {
            return "jdbc:h2:mem:tarjotin-" + UUID.randomUUID()
                    + ";MODE=MSSQLServer;DATABASE_TO_UPPER=FALSE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;IGNORECASE=TRUE;DB_CLOSE_DELAY=-1";
        }
        if (!server.startsWith("jdbc:sqlserver:")) {
            return server;
        }
        String database = "tarjotin_test_" + UUID.randomUUID().toString().replace("-", "");
        execute(server, "CREATE DATABASE [" + database + "] COLLATE Finnish_Swedish_100_CI_AS_SC");
        if (CREATED.isEmpty()) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> CREATED.forEach(db -> drop(server, db))));
        }
        CREATED.add(database);
        return server + (server.endsWith(";") ? "" : ";") + "database=" + database;
    }

    private static void drop(String server, String database) {
        try {
            execute(server, "ALTER DATABASE [" + database + "] SET SINGLE_USER WITH ROLLBACK IMMEDIATE");
            execute(server, "DROP DATABASE [" + database + "]");
        } catch (IllegalStateException e) {
            System.err.println("Test database " + database + " was not dropped: " + e.getMessage());
        }
    }

    private static void execute(String server, String sql) {
        try (Connection connection = DriverManager.getConnection(server);
             var statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("SQL Server at " + SERVER_PROPERTY + ": " + e.getMessage(), e);
        }
    }
}
