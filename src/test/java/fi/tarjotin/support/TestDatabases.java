package fi.tarjotin.support;

import com.zaxxer.hikari.HikariDataSource;

import javax.sql.DataSource;
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
public final class TestDatabases {

    public static final String SERVER_PROPERTY = "tarjotin.test.datasource.url";
    private static final List<String> CREATED = new CopyOnWriteArrayList<>();

    private TestDatabases() {
    }

    /** A JDBC URL of a database of its own for one test class (see the class comment). */
    public static String freshUrl() {
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
        lockLikeAzureSql(server, database);
        return server + (server.endsWith(";") ? "" : ";") + "database=" + database;
    }

    /**
     * A connection of its own to the service's database, outside its pool and its transactions: for session
     * settings that must not reach the service, and for a second session beside the service's own.
     */
    public static Connection separateConnection(DataSource dataSource) throws SQLException {
        HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
        return DriverManager.getConnection(pool.getJdbcUrl(), pool.getUsername(), pool.getPassword());
    }

    /**
     * Azure SQL Database creates its databases with both snapshot options on; SQL Server (as in the container)
     * with both off. Without them readers wait for writers, so the tests would see locking that production
     * does not have, and miss the update conflicts that it can have.
     */
    private static void lockLikeAzureSql(String server, String database) {
        execute(server, "ALTER DATABASE [" + database + "] SET READ_COMMITTED_SNAPSHOT ON");
        execute(server, "ALTER DATABASE [" + database + "] SET ALLOW_SNAPSHOT_ISOLATION ON");
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
