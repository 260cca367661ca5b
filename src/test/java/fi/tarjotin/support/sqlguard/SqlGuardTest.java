package fi.tarjotin.support.sqlguard;

import fi.tarjotin.common.Guids;
import fi.tarjotin.support.TestEnvironment;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

/**
 * The guard sees what really reaches the database: seeded bad statements and a GUID read as text, sent through
 * the test context's own (proxied) data source, are each reported with their rule and origin; and a test class
 * that sends one fails.
 */
@MicronautTest
class SqlGuardTest extends TestEnvironment {

    private static final String NURMES_ORGANISATION = "3b1d6c52-8f0a-4c1e-9a57-1e2f3a4b5c01";

    @Inject
    JdbcOperations jdbc;

    @Test
    void reportsEachSeededStatementWithItsRuleAndWhereItCameFrom() {
        query("SELECT name_fi FROM municipality WHERE code = ?", "541");
        query("SELECT name_fi FROM municipality WHERE code = " + fi.tarjotin.common.SqlParameters.VARCHAR, "541");
        query("SELECT name_fi FROM municipality m WHERE m.active = TRUE AND m.region_code IN (?, ?)", "12", "13");
        query("SELECT code FROM municipality ORDER BY code FETCH FIRST 2 ROWS ONLY");

        Set<String> found = SqlGuard.violationsOfThisClass().stream()
                .filter(v -> v.origin().startsWith(SqlGuardTest.class.getName() + "."))
                .map(v -> v.rule().id() + " " + v.detail())
                .collect(Collectors.toSet());

        assertEquals(Set.of("varchar-parameter-cast code = ?", "no-boolean-comparison = TRUE",
                "varchar-parameter-cast m.region_code IN (?, ?)", "fetch-needs-offset FETCH FIRST"), found);
    }

    @Test
    void reportsAGuidReadAsTextButNotOneReadAsUuid() {
        String sql = "SELECT CAST(? AS UNIQUEIDENTIFIER) AS id";
        UUID read = jdbc.execute(c -> {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                s.setString(1, NURMES_ORGANISATION);
                try (ResultSet rows = s.executeQuery()) {
                    rows.next();
                    rows.getString("id");
                    return Guids.get(rows, 1);
                }
            }
        });

        assertEquals(UUID.fromString(NURMES_ORGANISATION), read);
        List<Violation> guids = SqlGuard.violationsOfThisClass().stream().filter(v -> v.rule() == Rule.GUID_AS_TEXT).toList();
        assertEquals(1, guids.size(), guids::toString);
        assertEquals(sql, guids.get(0).statement());
        assertEquals("getString(\"id\") on UNIQUEIDENTIFIER column id", guids.get(0).detail());
        assertTrue(guids.get(0).origin().startsWith(SqlGuardTest.class.getName() + "."), guids.get(0).origin());
    }

    @Test
    void failsATestClassThatSendsABadStatementAndNamesStatementOriginAndRule() {
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectClass(SendsABadStatement.class))
                .configurationParameter("junit.jupiter.extensions.autodetection.enabled", "true")
                .configurationParameter("sqlguard.mode", "fail")
                .build();
        SummaryGeneratingListener listener = new SummaryGeneratingListener();

        LauncherFactory.create().execute(request, listener);

        TestExecutionSummary summary = listener.getSummary();
        assertEquals(1, summary.getTestsSucceededCount(), "the seeded test itself passes");
        assertEquals(1, summary.getFailures().size(), "the guard fails its class");
        String message = summary.getFailures().get(0).getException().getMessage();
        assertTrue(message.contains("[varchar-parameter-cast] code = ?"), message);
        assertTrue(message.contains("statement: " + SendsABadStatement.SQL), message);
        assertTrue(message.contains("from: " + SendsABadStatement.class.getName() + "."), message);
        assertTrue(message.contains("why: mssql-jdbc sends strings as NVARCHAR"), message);
    }

    @AfterAll
    void forgetTheSeededViolations() {
        // They were sent on purpose: this class passes, and the report lists only the service's own.
        SqlGuard.forget(v -> v.origin().startsWith(SqlGuardTest.class.getName()));
    }

    private void query(String sql, String... parameters) {
        jdbc.execute(c -> {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    s.setString(i + 1, parameters[i]);
                }
                try (ResultSet rows = s.executeQuery()) {
                    return rows.next();
                }
            }
        });
    }

    /** A seeded test class that breaks one rule; run only by the test above (surefire skips nested classes). */
    @MicronautTest
    static class SendsABadStatement extends TestEnvironment {

        static final String SQL = "SELECT name_fi FROM municipality WHERE code = ?";

        @Inject
        JdbcOperations jdbc;

        @Test
        void sendsIt() {
            jdbc.execute(c -> {
                try (PreparedStatement s = c.prepareStatement(SQL)) {
                    s.setString(1, "541");
                    try (ResultSet rows = s.executeQuery()) {
                        return rows.next();
                    }
                }
            });
        }
    }
}
