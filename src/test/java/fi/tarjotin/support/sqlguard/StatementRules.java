package fi.tarjotin.support.sqlguard;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks one SQL statement against every rule. The suite runs the same few hundred statements many thousand
 * times, so each distinct text is checked once.
 */
public final class StatementRules {

    private static volatile StatementRules project;

    private final VarcharComparisons varchars;
    private final Map<String, List<Finding>> checked = new ConcurrentHashMap<>();

    StatementRules(Schema schema) {
        this.varchars = new VarcharComparisons(schema);
    }

    /** The rules with the schema of the project's migrations. */
    public static StatementRules project() {
        if (project == null) {
            synchronized (StatementRules.class) {
                if (project == null) {
                    project = new StatementRules(Schema.of(Migrations.statements(Migrations.versioned()).stream()
                            .map(Migrations.Statement::sql).toList()));
                }
            }
        }
        return project;
    }

    /** Rules built on the schema these statements create (for checking a migration that is not in the tree). */
    static StatementRules withSchema(List<String> ddl) {
        return new StatementRules(Schema.of(ddl));
    }

    /** Every rule this statement breaks; empty when it keeps them all. */
    public List<Finding> check(String sql) {
        return checked.computeIfAbsent(sql, s -> {
            var tokens = SqlTokens.of(s);
            List<Finding> findings = new ArrayList<>(CommonSubset.check(tokens));
            findings.addAll(varchars.check(tokens));
            return List.copyOf(findings);
        });
    }
}
