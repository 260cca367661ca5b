package fi.tarjotin.support.sqlguard;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.util.List;

/**
 * Registered for every test class (META-INF/services, with extension autodetection switched on in
 * junit-platform.properties). After a class has run, and its test context has closed, it fails the class
 * for each distinct rule that the class's statements broke, naming the statement, where it came from and
 * the rule; with {@code -Dsqlguard.mode=report} it only writes them to the report.
 */
public class SqlGuardExtension implements BeforeAllCallback, AfterAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        if (topLevel(context)) {
            SqlGuard.started(context.getRequiredTestClass().getName());
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (!topLevel(context)) {
            return;
        }
        List<Violation> violations = SqlGuard.finished();
        SqlGuardReport.write();
        if (!violations.isEmpty() && SqlGuard.mode(context.getConfigurationParameter("sqlguard.mode")) == SqlGuard.Mode.FAIL) {
            throw failure(violations);
        }
    }

    /** The failure that lists each violation once. */
    static AssertionError failure(List<Violation> violations) {
        StringBuilder message = new StringBuilder(violations.size() + " distinct finding(s): statements break the "
                + "project's SQL rules (fi.tarjotin.support.sqlguard; -Dsqlguard.mode=report lists them without failing):");
        violations.forEach(v -> message.append("\n").append(v.describe()));
        return new AssertionError(message.toString());
    }

    /** A class's own context, not one of its @Nested classes (their statements count for the outer class). */
    private static boolean topLevel(ExtensionContext context) {
        return context.getParent().flatMap(ExtensionContext::getParent).isEmpty();
    }
}
