package fi.tarjotin.support.sqlguard;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.LongAdder;

/**
 * The reports for reviewers, rewritten after each test class: every distinct statement with where it came from
 * and how often ({@code target/sql-statements.txt}), and every violation grouped by rule and origin
 * ({@code target/sql-guard-violations.txt}).
 */
final class SqlGuardReport {

    static final Path FOLDER = Path.of(System.getProperty("sqlguard.report-dir", "target"));

    private SqlGuardReport() {
    }

    static synchronized void write() {
        Map<SqlGuard.Sent, LongAdder> sent = SqlGuard.sentStatements();
        if (sent.isEmpty() && SqlGuard.allViolations().isEmpty()) {
            return; // a run without a database (or the packaged-service tests): keep the last real report
        }
        write("sql-statements.txt", statements(sent));
        write("sql-guard-violations.txt", violations(SqlGuard.allViolations()));
    }

    private static String statements(Map<SqlGuard.Sent, LongAdder> sent) {
        Map<String, Map<String, Long>> byOrigin = new TreeMap<>();
        sent.forEach((s, count) -> byOrigin.computeIfAbsent(s.origin(), k -> new TreeMap<>())
                .merge(SqlShapes.oneLine(s.statement()), count.sum(), Long::sum));
        StringBuilder text = new StringBuilder("# Every distinct statement the tests sent to the database (Flyway's own "
                + "excluded: the migrations are checked from their files), by where it came from, with how often.\n"
                + "# " + sent.size() + " distinct statement/origin pairs.\n");
        byOrigin.forEach((origin, statements) -> {
            text.append("\n").append(origin).append("\n");
            statements.forEach((sql, count) -> text.append(String.format("  %6d  %s%n", count, sql)));
        });
        return text.toString();
    }

    /** Grouped by rule, then origin, then the offending part; one example statement (the shortest) each. */
    private static String violations(Map<Violation, Set<String>> seen) {
        Map<Rule, Map<String, Map<String, List<Violation>>>> grouped = new TreeMap<>();
        seen.keySet().forEach(v -> grouped.computeIfAbsent(v.rule(), k -> new TreeMap<>())
                .computeIfAbsent(v.origin(), k -> new TreeMap<>())
                .computeIfAbsent(v.detail(), k -> new ArrayList<>()).add(v));
        StringBuilder text = new StringBuilder("# Statements that break the project's SQL rules, by rule and origin ("
                + seen.size() + " distinct statement/origin/rule findings).\n");
        grouped.forEach((rule, byOrigin) -> {
            text.append("\n## ").append(rule.id()).append(": ").append(rule.reason()).append("\n");
            byOrigin.forEach((origin, byDetail) -> {
                text.append("\n### ").append(origin).append("\n");
                byDetail.forEach((detail, violations) -> {
                    Set<String> classes = new TreeSet<>();
                    violations.forEach(v -> classes.addAll(seen.get(v)));
                    String example = violations.stream().map(v -> SqlShapes.oneLine(v.statement()))
                            .min(Comparator.comparingInt(String::length)).orElse("");
                    text.append("- ").append(detail).append(violations.size() > 1 ? "  (in " + violations.size()
                            + " statements)" : "").append("\n    e.g. ").append(example)
                            .append("\n    seen in: ").append(String.join(", ", classes)).append("\n");
                });
            });
        });
        return text.toString();
    }

    private static void write(String name, String text) {
        try {
            Files.createDirectories(FOLDER);
            Files.writeString(FOLDER.resolve(name), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
