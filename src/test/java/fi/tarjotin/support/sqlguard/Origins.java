package fi.tarjotin.support.sqlguard;

import java.security.CodeSource;
import java.util.Optional;

/**
 * Where a statement came from: the first frame of the service's own code on the stack (for a generated
 * repository, its method and the caller), else the test class that sent it. Flyway's statements have none:
 * the migrations are checked from their files.
 */
final class Origins {

    private static final String PACKAGE = "fi.tarjotin.";
    private static final String GUARD = Origins.class.getPackageName() + ".";
    private static final StackWalker WALKER = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE);

    /** Whether a class is the service's own (target/classes), not the test tree's. */
    private static final ClassValue<Boolean> MAIN = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            if (!type.getName().startsWith(PACKAGE)) {
                return false;
            }
            CodeSource source = type.getProtectionDomain().getCodeSource();
            return source == null || !source.getLocation().toString().contains("test-classes");
        }
    };

    private Origins() {
    }

    /** The origin of the statement being sent now; empty for Flyway's own. */
    static Optional<String> current() {
        return WALKER.walk(frames -> {
            String generated = null;
            String test = null;
            for (var frame : (Iterable<StackWalker.StackFrame>) frames::iterator) {
                Class<?> type = frame.getDeclaringClass();
                String name = type.getName();
                if (name.startsWith("org.flywaydb.")) {
                    return Optional.empty();
                }
                if (!name.startsWith(PACKAGE)) {
                    continue;
                }
                if (MAIN.get(type)) {
                    boolean repository = name.endsWith("$Intercepted");
                    if (!repository && !name.contains("$Definition") && !type.getSimpleName().startsWith("$")) {
                        String caller = frame.toStackTraceElement().toString();
                        return Optional.of(generated == null ? caller : generated + " via " + caller);
                    }
                    if (generated == null && repository && !frame.getMethodName().startsWith("$")) {
                        // A generated repository (or other introduced bean): name the interface's method.
                        generated = name.substring(0, name.length() - "$Intercepted".length()).replace("$", "")
                                + "." + frame.getMethodName();
                    }
                } else if (test == null && (!name.startsWith(GUARD) || name.endsWith("Test") || name.contains("Test$"))) {
                    test = frame.toStackTraceElement().toString();
                }
            }
            return Optional.of(generated != null ? generated : test != null ? test
                    : "(no project code on the stack: " + Thread.currentThread().getName() + ")");
        });
    }
}
