package fi.tarjotin.support.sqlguard;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rule checker on statements that keep the rules and on statements that break one each. */
class StatementRulesTest {

    private final StatementRules rules = StatementRules.project();

    @ParameterizedTest
    @ValueSource(strings = {
            "SELECT TOP (?) o.id, o.status FROM opportunity o WHERE o.status = CAST(? AS VARCHAR(8000)) ORDER BY o.updated_at DESC",
            "SELECT municipality_.[code],municipality_.[name_fi] FROM [municipality] municipality_ "
                    + "WHERE (municipality_.[code] = CAST(? AS VARCHAR(8000)))",
            "SELECT id FROM organisation WHERE id IN (CAST(? AS UNIQUEIDENTIFIER), CAST(? AS UNIQUEIDENTIFIER))",
            "SELECT o.id FROM opportunity o JOIN opportunity_municipality m ON m.opportunity_id = o.id "
                    + "WHERE m.municipality_code IN (CAST(? AS VARCHAR(8000)), CAST(? AS VARCHAR(8000))) AND o.title_sort > ?",
            "SELECT id FROM opportunity WHERE search_text LIKE ? ESCAPE '\\' AND plain_language = 1",
            "UPDATE opportunity SET status = ?, type = ?, version = version + 1 WHERE id = ? AND version = ?",
            "UPDATE webhook_delivery SET lease_owner = ? WHERE status = CAST(? AS VARCHAR(8000)) AND due_at <= ?",
            "INSERT INTO audit_event (entity_type, entity_id, action) VALUES (?, ?, ?)",
            "SELECT code FROM municipality ORDER BY code OFFSET ? ROWS FETCH NEXT ? ROWS ONLY",
            "SELECT name_fi FROM municipality WHERE name_fi = ? AND active = 1 -- LIMIT 1, TRUE",
            "SELECT N'TRUE or LIMIT or TIMESTAMP' AS words, [timestamp] FROM municipality",
            "SELECT COUNT(*) OVER() AS total, ROW_NUMBER() OVER (ORDER BY code) FROM municipality",
            "SELECT o.id FROM opportunity o WHERE o.valid_from BETWEEN ? AND o.valid_to AND (o.capacity_total = 1) "
                    + "AND EXISTS (SELECT 1 FROM opportunity_partner p WHERE p.opportunity_id = o.id) AND NOT (o.version = 2)",
            "SELECT CASE WHEN (capacity_total > 0) THEN 1 ELSE 0 END FROM opportunity WHERE (version = 1 OR version = 2)",
            "DROP TABLE IF EXISTS scratch"
    })
    void letsThroughStatementsThatKeepTheRules(String sql) {
        assertEquals(List.of(), rules.check(sql));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "no-limit | SELECT code FROM municipality ORDER BY code LIMIT 5",
            "fetch-needs-offset | SELECT code FROM municipality ORDER BY code FETCH FIRST 5 ROWS ONLY",
            "fetch-needs-offset | SELECT code FROM municipality ORDER BY code FETCH NEXT 5 ROWS ONLY",
            "no-boolean-literal | INSERT INTO municipality (code, active) VALUES ('999', TRUE)",
            "no-boolean-literal | UPDATE municipality SET active = FALSE WHERE population = 0",
            "no-boolean-comparison | SELECT code FROM municipality WHERE active = TRUE",
            "no-boolean-comparison | SELECT code FROM municipality WHERE active IS NOT FALSE",
            "no-boolean-comparison | SELECT COUNT(*) FROM opportunity WHERE (status = 'DRAFT') = (published_at IS NOT NULL)",
            "no-boolean-comparison | SELECT code FROM municipality m WHERE m.active AND population > 0",
            "no-boolean-comparison | SELECT code FROM municipality WHERE population > 0 AND NOT active",
            "no-top-with-offset | SELECT TOP 5 code FROM municipality ORDER BY code OFFSET 5 ROWS",
            "offset-needs-order-by | SELECT code FROM municipality OFFSET 5 ROWS FETCH NEXT 5 ROWS ONLY",
            "allowed-types | CREATE TABLE scratch (id UNIQUEIDENTIFIER NOT NULL, at DATETIME NOT NULL)",
            "allowed-types | SELECT CAST(population AS FLOAT) FROM municipality",
            "allowed-types | ALTER TABLE municipality ADD note NVARCHAR NULL",
            "allowed-types | SELECT CAST(? AS VARCHAR(MAX)) AS x",
            "sql-server-only | UPDATE municipality SET updated_at = SYSUTCDATETIME()",
            "sql-server-only | SELECT IIF(active = 1, 'y', 'n') FROM municipality",
            "sql-server-only | SELECT code FROM municipality WITH (NOLOCK)",
            "sql-server-only | SELECT o.id FROM organisation o CROSS APPLY (SELECT 1 AS x) a",
            "sql-server-only | INSERT INTO code_item (list_name, code) OUTPUT INSERTED.code VALUES ('a', 'b')",
            "sql-server-only | SELECT name_fi COLLATE Finnish_Swedish_CI_AS FROM municipality",
            "sql-server-only | CREATE INDEX ix_a ON opportunity (status) WHERE status = 'DRAFT'",
            "sql-server-only | CREATE TABLE scratch (v ROWVERSION)",
            "h2-only | SELECT code FROM municipality ORDER BY name_sv NULLS LAST",
            "no-timestamp | CREATE TABLE scratch (at TIMESTAMP NOT NULL)",
            "no-dbo | SELECT code FROM dbo.municipality",
            "no-dbo | SELECT code FROM [dbo].[municipality]",
            "varchar-parameter-cast | SELECT name_fi FROM municipality WHERE code = ?",
            "varchar-parameter-cast | SELECT name_fi FROM municipality WHERE ? = code",
            "varchar-parameter-cast | SELECT name_fi FROM [municipality] municipality_ WHERE (municipality_.[code] = ?)",
            "varchar-parameter-cast | SELECT o.id FROM opportunity o WHERE o.status <> ? AND o.title_sort > ?",
            "varchar-parameter-cast | SELECT o.id FROM opportunity AS o WHERE o.type IN (?, ?)",
            "varchar-parameter-cast | SELECT o.id FROM opportunity o WHERE o.type NOT IN (CAST(? AS VARCHAR(40)), ?)",
            "varchar-parameter-cast | SELECT id FROM audit_event WHERE entity_type = CAST(? AS NVARCHAR(30))",
            "varchar-parameter-cast | SELECT id FROM audit_event WHERE entity_id LIKE ?",
            "varchar-parameter-cast | SELECT id FROM audit_event WHERE entity_type BETWEEN ? AND ?",
            "varchar-parameter-cast | UPDATE directory_step SET status = ? WHERE subject_type = ? AND subject_id = ?",
            "varchar-parameter-cast | SELECT x.code FROM (SELECT code FROM opportunity_language) x WHERE x.code = ?",
            "varchar-parameter-cast | SELECT id FROM webhook_subscription WHERE status = 'ACTIVE' AND event IN (?)"
    })
    void namesTheRuleThatAStatementBreaks(String rule, String sql) {
        List<Finding> findings = rules.check(sql);
        assertTrue(findings.stream().anyMatch(f -> f.rule().id().equals(rule)), () -> rule + " not found in " + findings);
        assertTrue(findings.stream().allMatch(f -> f.rule().id().equals(rule)), () -> "only " + rule + " expected: " + findings);
    }

    @Test
    void namesTheComparisonThatNeedsACast() {
        assertEquals(List.of(new Finding(Rule.VARCHAR_PARAMETER, "o.type IN (CAST(? AS VARCHAR(40)), ?)")),
                rules.check("SELECT o.id FROM opportunity o WHERE o.type IN (CAST(? AS VARCHAR(40)), ?) AND o.title_fi = ?"));
    }

    @Test
    void judgesAColumnByTheTableItsAliasNames() {
        // code is VARCHAR in opportunity_language and municipality, but name_fi is NVARCHAR everywhere;
        // postal_code is VARCHAR in organisation: an alias that names another table must not hide it.
        assertEquals(List.of(), rules.check("SELECT m.name_fi FROM municipality m WHERE m.name_fi = ?"));
        assertEquals(1, rules.check("SELECT o.id FROM organisation o JOIN opportunity p ON p.organisation_id = o.id "
                + "WHERE o.postal_code = ?").size());
        // idempotency_key is NVARCHAR; request_hash in the same table is VARCHAR.
        assertEquals(List.of(), rules.check("SELECT response_status FROM idempotent_request WHERE idempotency_key = ?"));
        assertEquals(1, rules.check("SELECT response_status FROM idempotent_request WHERE request_hash = ?").size());
    }

    @Test
    void treatsAnAssignmentAsNoComparison() {
        assertEquals(List.of(), rules.check("UPDATE opportunity SET status = ?, type = CASE WHEN type = 'A' THEN 'B' ELSE type END, "
                + "municipality_list = ? WHERE id = ?"));
        assertEquals(1, rules.check("UPDATE opportunity SET status = ?, type = CASE WHEN type = ? THEN 'B' ELSE type END "
                + "WHERE id = ?").size());
    }
}
