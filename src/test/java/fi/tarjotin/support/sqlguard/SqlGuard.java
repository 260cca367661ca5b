package fi.tarjotin.support.sqlguard;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Predicate;

/**
 * What the test run sent to the database and which rules it broke. The data sources of every test context
 * report here ({@link GuardedDataSources}); {@link SqlGuardExtension} asks after each test class what that
 * class broke, and writes the reports.
 */
public final class SqlGuard {

    /** What a broken rule does: fail the test class (the default) or only appear in the report. */
    public enum Mode { FAIL, REPORT }

    /** One statement text sent from one place. */
    record Sent(String statement, String origin) {
    }

    private static final Map<Sent, LongAdder> SENT = new ConcurrentHashMap<>();
    /** Every violation of the run, with the test classes that ran into it. */
    private static final Map<Violation, Set<String>> SEEN = new ConcurrentHashMap<>();
    /** A test class that is running and the violations of its statements. */
    private record Running(String testClass, Set<Violation> violations) {
    }

    /** The test classes that are running, innermost first (a class may run another, see SqlGuardTest). */
    private static final Deque<Running> RUNNING = new ArrayDeque<>();
    /** Violations sent while no test class ran; the next class to finish reports them. */
    private static final Set<Violation> STRAY = new LinkedHashSet<>();

    private SqlGuard() {
    }

    /** The mode that {@code -Dsqlguard.mode=report|fail} chose; fail unless told otherwise. */
    public static Mode mode(Optional<String> configured) {
        String mode = configured.orElse(System.getProperty("sqlguard.mode", "fail")).strip().toUpperCase(Locale.ROOT);
        return mode.equals("REPORT") ? Mode.REPORT : Mode.FAIL;
    }

    /** A statement reached the database. */
    static void sent(String sql) {
        Optional<String> origin = Origins.current();
        if (origin.isEmpty()) {
            return;
        }
        SENT.computeIfAbsent(new Sent(sql, origin.get()), k -> new LongAdder()).increment();
        for (Finding finding : StatementRules.project().check(sql)) {
            record(new Violation(finding.rule(), finding.detail(), sql, origin.get()));
        }
    }

    /** A GUID column was read as text. */
    static void guidReadAsText(String sql, String read) {
        Origins.current().ifPresent(origin -> record(new Violation(Rule.GUID_AS_TEXT, read, sql, origin)));
    }

    static void record(Violation violation) {
        synchronized (RUNNING) {
            Running running = RUNNING.peek();
            SEEN.computeIfAbsent(violation, k -> ConcurrentHashMap.newKeySet())
                    .add(running == null ? "(between test classes)" : running.testClass());
            (running == null ? STRAY : running.violations()).add(violation);
        }
    }

    /** A test class starts: from now on its statements are its own. */
    static void started(String testClass) {
        synchronized (RUNNING) {
            RUNNING.push(new Running(testClass, new LinkedHashSet<>()));
        }
    }

    /** A test class ended: the distinct violations of its statements (and of any sent between classes). */
    static List<Violation> finished() {
        synchronized (RUNNING) {
            Set<Violation> violations = new LinkedHashSet<>(RUNNING.isEmpty() ? Set.of() : RUNNING.pop().violations());
            violations.addAll(STRAY);
            STRAY.clear();
            return new ArrayList<>(violations);
        }
    }

    /** The violations the running test class has caused so far. */
    public static List<Violation> violationsOfThisClass() {
        synchronized (RUNNING) {
            return RUNNING.isEmpty() ? List.of() : List.copyOf(RUNNING.peek().violations());
        }
    }

    /** Forgets violations that a test caused on purpose, so that its class does not fail for them. */
    public static void forget(Predicate<Violation> seeded) {
        synchronized (RUNNING) {
            RUNNING.forEach(running -> running.violations().removeIf(seeded));
            STRAY.removeIf(seeded);
        }
        SEEN.keySet().removeIf(seeded);
    }

    static Map<Sent, LongAdder> sentStatements() {
        return SENT;
    }

    static Map<Violation, Set<String>> allViolations() {
        return SEEN;
    }
}
