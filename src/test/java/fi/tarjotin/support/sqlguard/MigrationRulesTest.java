package fi.tarjotin.support.sqlguard;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** The migrations (db/migration and the dev data in db/dev) are held to the same rules, statement by statement. */
class MigrationRulesTest {

    @Test
    void everyMigrationStatementKeepsTheRules() {
        List<Migrations.Statement> statements = Migrations.statements(Migrations.all());
        assertTrue(statements.size() > 20, "the migrations were not found under " + Migrations.ROOT.toAbsolutePath());
        List<Violation> violations = new ArrayList<>();
        for (Migrations.Statement statement : statements) {
            for (Finding finding : StatementRules.project().check(statement.sql())) {
                violations.add(new Violation(finding.rule(), finding.detail(), statement.sql(),
                        statement.file() + ", statement " + statement.number()));
            }
        }
        if (SqlGuard.mode(java.util.Optional.empty()) == SqlGuard.Mode.REPORT) {
            violations.forEach(SqlGuard::record);
        } else if (!violations.isEmpty()) {
            fail(SqlGuardExtension.failure(violations).getMessage());
        }
    }

    @Test
    void findsEachBrokenStatementOfASeededMigration() {
        String script = """
                -- A seeded bad migration; a ';' in a comment or a literal does not end a statement.
                CREATE TABLE scratch (
                    id     UNIQUEIDENTIFIER NOT NULL,
                    code   VARCHAR(10)      NOT NULL,
                    note   NVARCHAR(100)    NULL,
                    ok     BOOLEAN          NOT NULL,
                    made   TIMESTAMP        NOT NULL,
                    CONSTRAINT pk_scratch PRIMARY KEY (id)
                );
                INSERT INTO scratch (id, code, note, ok, made) VALUES (NEWID(), 'a;b', N'x', 1, '2026-01-01');
                CREATE INDEX ix_scratch_code ON scratch (code) WHERE note IS NOT NULL;
                UPDATE scratch SET note = N'y' WHERE ok = TRUE;
                SELECT code FROM dbo.scratch ORDER BY code LIMIT 1
                """;
        List<String> statements = SqlTokens.statements(script);
        assertEquals(5, statements.size(), statements::toString);
        StatementRules rules = StatementRules.withSchema(statements);

        assertEquals(List.of(new Finding(Rule.ALLOWED_TYPES, "BOOLEAN"), new Finding(Rule.NO_TIMESTAMP, "TIMESTAMP")),
                sorted(rules.check(statements.get(0))));
        assertEquals(List.of(), rules.check(statements.get(1)));
        assertEquals(List.of(new Finding(Rule.SQL_SERVER_ONLY, "filtered index")), rules.check(statements.get(2)));
        assertEquals(List.of(new Finding(Rule.NO_BOOLEAN_COMPARISON, "= TRUE")), rules.check(statements.get(3)));
        assertEquals(List.of(new Finding(Rule.NO_LIMIT, "LIMIT"), new Finding(Rule.NO_DBO, "dbo.scratch")),
                sorted(rules.check(statements.get(4))));
    }

    @Test
    void learnsWhichColumnsAreVarcharFromTheMigrations() {
        Schema schema = Schema.of(Migrations.statements(Migrations.versioned()).stream().map(Migrations.Statement::sql).toList());

        assertEquals(java.util.Optional.of(true), schema.isVarchar("municipality", "code"));
        assertEquals(java.util.Optional.of(false), schema.isVarchar("municipality", "name_fi"));
        assertEquals(java.util.Optional.of(true), schema.isVarchar("opportunity", "municipality_list"), "added by ALTER TABLE");
        assertEquals(java.util.Optional.of(false), schema.isVarchar("opportunity", "id"));
        assertTrue(schema.isVarcharAnywhere("status"));
        assertFalse(schema.isVarcharAnywhere("title_sort"));
    }

    private static List<Finding> sorted(List<Finding> findings) {
        return findings.stream().sorted(java.util.Comparator.comparing(f -> f.rule().ordinal())).toList();
    }
}
