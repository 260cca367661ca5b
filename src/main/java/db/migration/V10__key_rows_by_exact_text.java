package db.migration;

import fi.tarjotin.common.ExactKey;
import fi.tarjotin.common.Guids;
import fi.tarjotin.common.SqlParameters;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Idempotency keys and import source ids become exact: each row gets the {@link ExactKey} of its text, and
 * the primary key uses it instead of the text, which SQL Server's case-insensitive collation compares without
 * case ({@code a1} = {@code A1}). The text stays, for people. A Java migration because the hash of the
 * existing rows has no common SQL Server / H2 function.
 */
public class V10__key_rows_by_exact_text extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("ALTER TABLE idempotent_request ADD key_hash VARCHAR(64) NULL");
            ddl.execute("ALTER TABLE import_row ADD source_key VARCHAR(64) NULL");
        }
        keyIdempotentRequests(connection);
        keyImportRows(connection);
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("ALTER TABLE idempotent_request ALTER COLUMN key_hash VARCHAR(64) NOT NULL");
            ddl.execute("ALTER TABLE idempotent_request DROP CONSTRAINT pk_idempotent_request");
            ddl.execute("ALTER TABLE idempotent_request ADD CONSTRAINT pk_idempotent_request "
                    + "PRIMARY KEY (caller_tenant_id, caller_oid, key_hash)");
            ddl.execute("ALTER TABLE import_row ALTER COLUMN source_key VARCHAR(64) NOT NULL");
            ddl.execute("ALTER TABLE import_row DROP CONSTRAINT pk_import_row");
            ddl.execute("ALTER TABLE import_row ADD CONSTRAINT pk_import_row PRIMARY KEY (municipality_code, source_key)");
        }
    }

    // Each row is found by its old primary key, whose comparison (in the database's collation) reaches exactly
    // that row; its key is computed from its own text. The rows are read first: a connection without MARS runs
    // one statement at a time.

    private static void keyIdempotentRequests(Connection connection) throws SQLException {
        List<String[]> keys = new ArrayList<>();
        try (var select = connection.createStatement();
             var rows = select.executeQuery("SELECT caller_tenant_id, caller_oid, idempotency_key FROM idempotent_request")) {
            while (rows.next()) {
                keys.add(new String[] {Guids.get(rows, 1).toString(), Guids.get(rows, 2).toString(), rows.getString(3)});
            }
        }
        update(connection, keys, "UPDATE idempotent_request SET key_hash = " + SqlParameters.VARCHAR
                + " WHERE caller_tenant_id = " + SqlParameters.UUID + " AND caller_oid = " + SqlParameters.UUID
                + " AND idempotency_key = ?");
    }

    private static void keyImportRows(Connection connection) throws SQLException {
        List<String[]> keys = new ArrayList<>();
        try (var select = connection.createStatement();
             var rows = select.executeQuery("SELECT municipality_code, source_id FROM import_row")) {
            while (rows.next()) {
                keys.add(new String[] {rows.getString(1), rows.getString(2)});
            }
        }
        update(connection, keys, "UPDATE import_row SET source_key = " + SqlParameters.VARCHAR
                + " WHERE municipality_code = " + SqlParameters.VARCHAR + " AND source_id = ?");
    }

    /** Sets the key of each row: the hash of the text (the old key's last column), then the old key. */
    private static void update(Connection connection, List<String[]> oldKeys, String sql) throws SQLException {
        try (var update = connection.prepareStatement(sql)) {
            for (String[] oldKey : oldKeys) {
                update.setString(1, ExactKey.of(oldKey[oldKey.length - 1]));
                for (int i = 0; i < oldKey.length; i++) {
                    update.setString(i + 2, oldKey[i]);
                }
                update.executeUpdate();
            }
        }
    }
}
