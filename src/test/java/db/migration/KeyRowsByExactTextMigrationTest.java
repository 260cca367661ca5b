package db.migration;

import fi.tarjotin.common.ExactKey;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The migration to exact keys carries the rows that were already there. */
class KeyRowsByExactTextMigrationTest {

    private final String url = "jdbc:h2:mem:exact-keys-" + UUID.randomUUID()
            + ";MODE=MSSQLServer;DATABASE_TO_UPPER=FALSE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;IGNORECASE=TRUE;DB_CLOSE_DELAY=-1";

    private void migrateTo(String version) {
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").target(version).load().migrate();
    }

    @Test
    void rowsImportedAndKeysRememberedBeforeKeepTheirMeaningAndLetTheirOtherCaseIn() throws SQLException {
        migrateTo("9");
        try (Connection c = DriverManager.getConnection(url, "sa", ""); var s = c.createStatement()) {
            s.execute("INSERT INTO import_row (municipality_code, source_id, organisation_id, opportunity_id, imported_at) "
                    + "VALUES ('607', N'a1', '00000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-000000000002', "
                    + "'2026-11-01 10:00:00')");
            s.execute("INSERT INTO idempotent_request (caller_tenant_id, caller_oid, idempotency_key, request_hash, "
                    + "response_status, resource_id, created_at) VALUES ('00000000-0000-4000-8000-0000000000aa', "
                    + "'00000000-0000-4000-8000-0000000000bb', N'Flow-Run-7', 'ab', 201, "
                    + "'00000000-0000-4000-8000-000000000003', '2026-11-01 10:00:00')");
        }

        migrateTo("10");

        try (Connection c = DriverManager.getConnection(url, "sa", ""); var s = c.createStatement()) {
            try (var r = s.executeQuery("SELECT source_key FROM import_row")) {
                r.next();
                assertEquals(ExactKey.of("a1"), r.getString(1));
            }
            try (var r = s.executeQuery("SELECT key_hash FROM idempotent_request")) {
                r.next();
                assertEquals(ExactKey.of("Flow-Run-7"), r.getString(1));
            }
            s.execute("INSERT INTO import_row (municipality_code, source_id, source_key, organisation_id, opportunity_id, "
                    + "imported_at) VALUES ('607', N'A1', '" + ExactKey.of("A1") + "', '00000000-0000-4000-8000-000000000001', "
                    + "'00000000-0000-4000-8000-000000000004', '2026-11-02 10:00:00')");
            try (var r = s.executeQuery("SELECT COUNT(*) FROM import_row")) {
                r.next();
                assertEquals(2, r.getInt(1));
            }
        }
    }
}
