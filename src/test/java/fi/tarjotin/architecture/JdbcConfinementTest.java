package fi.tarjotin.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * SQL is written in one place per feature: a class whose name ends in {@code Repository}, {@code Store},
 * {@code Queries} or {@code Query}. Everything else asks those classes, so a table's rules (versions, audit rows,
 * what "published" means) cannot be restated elsewhere. JDBC here means {@code java.sql}, {@code javax.sql} and
 * Micronaut Data JDBC ({@code JdbcOperations}, {@code @JdbcRepository}).
 */
class JdbcConfinementTest {

    private static final List<String> JDBC = List.of("java.sql", "javax.sql", "io.micronaut.data.jdbc");

    private static final List<String> DATA_ACCESS_SUFFIXES = List.of("Repository", "Store", "Queries", "Query");

    /**
     * Packages of JDBC plumbing that own no table: reading a column type, classifying an SQLException, checking
     * the connection, tuning the embedded database. They may use JDBC under any name.
     */
    private static final List<String> PLUMBING = List.of("common", "config", "error", "transaction");

    /**
     * Classes that used JDBC outside a repository or store when this rule was written, while the tables were still
     * being given their owners. This list may only shrink: a class leaves it when its SQL moves into its owner's
     * repository or store (the test below fails until the entry is removed), and no class may be added.
     */
    static final Set<String> FROZEN = Set.of();

    /** JDBC under {@code <root>..} only in data-access classes, plumbing packages and the frozen classes. */
    static ArchRule jdbcOnlyInRepositoriesAndStores(String root, Set<String> frozen) {
        return classes().that(checked(root)).and(not(frozen(frozen))).should(notUseJdbc())
                .because("SQL belongs in the owning feature's repository or store");
    }

    /**
     * Source classes under {@code <root>..} that are neither data access nor plumbing. Generated bean definitions
     * are left out: they only restate the constructor of the class they were generated for, which is checked.
     */
    private static DescribedPredicate<JavaClass> checked(String root) {
        return DescribedPredicate.describe("are written under " + root + " outside repositories, stores and plumbing",
                c -> (c.getPackageName() + ".").startsWith(root + ".") && !ArchitectureClasses.generated().test(c)
                        && !dataAccess().test(c) && !plumbing(root).test(c));
    }

    private static ArchCondition<JavaClass> notUseJdbc() {
        return new ArchCondition<>("not use JDBC") {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                javaClass.getDirectDependenciesFromSelf().stream().filter(JdbcConfinementTest::usesJdbc)
                        .forEach(d -> events.add(SimpleConditionEvent.violated(d, d.getDescription())));
            }
        };
    }

    /**
     * A dependency on a JDBC type, except {@code TransactionOperations<Connection>}: declaring a transaction is
     * the service's job and writes no SQL.
     */
    private static boolean usesJdbc(Dependency dependency) {
        String target = dependency.getTargetClass().getPackageName();
        return JDBC.stream().anyMatch(p -> target.equals(p) || target.startsWith(p + "."))
                && !dependency.getDescription().contains("with type argument depending on");
    }

    private static DescribedPredicate<JavaClass> dataAccess() {
        return DescribedPredicate.describe("are repositories, stores or queries",
                c -> DATA_ACCESS_SUFFIXES.stream().anyMatch(ArchitectureClasses.sourceName(c)::endsWith));
    }

    private static DescribedPredicate<JavaClass> plumbing(String root) {
        return DescribedPredicate.describe("are JDBC plumbing", c -> PLUMBING.stream()
                .anyMatch(p -> (c.getPackageName() + ".").startsWith(root + "." + p + ".")));
    }

    private static DescribedPredicate<JavaClass> frozen(Set<String> frozen) {
        return DescribedPredicate.describe("are frozen", c -> frozen.contains(ArchitectureClasses.sourceClass(c)));
    }

    /** The source classes under {@code <root>..} that the rule would report if nothing were frozen. */
    static Set<String> violators(JavaClasses classes, String root) {
        return classes.stream()
                .filter(checked(root))
                .filter(c -> c.getDirectDependenciesFromSelf().stream().anyMatch(JdbcConfinementTest::usesJdbc))
                .map(ArchitectureClasses::sourceClass)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void noNewClassReachesTheDatabaseOutsideARepositoryOrStore() {
        jdbcOnlyInRepositoriesAndStores("fi.tarjotin", FROZEN).check(ArchitectureClasses.main());
    }

    @Test
    void theFrozenListOnlyNamesClassesThatStillUseJdbc() {
        Set<String> stillViolating = violators(ArchitectureClasses.main(), "fi.tarjotin");

        Set<String> stale = new TreeSet<>(FROZEN);
        stale.removeAll(stillViolating);
        assertEquals(Set.of(), stale, "these classes no longer use JDBC outside a repository or store (or are gone):"
                + " remove them from JdbcConfinementTest.FROZEN");
    }

    @Test
    void theRuleReportsJdbcOutsideARepositoryAndTheFrozenListHidesOnlyItsOwn() {
        JavaClasses seeded = ArchitectureClasses.seeded();

        EvaluationResult open = jdbcOnlyInRepositoriesAndStores("fi.tarjotin.archfixture", Set.of()).evaluate(seeded);
        EvaluationResult frozen = jdbcOnlyInRepositoriesAndStores("fi.tarjotin.archfixture",
                Set.of("fi.tarjotin.archfixture.jdbc.ReportBuilder")).evaluate(seeded);

        String report = open.getFailureReport().toString();
        assertTrue(open.hasViolation(), "JDBC outside a repository or store went unreported");
        assertTrue(report.contains("fi.tarjotin.archfixture.jdbc.ReportBuilder"), report);
        assertFalse(report.contains("ReportStore"), "a store was reported: " + report);
        assertFalse(frozen.hasViolation(), frozen.getFailureReport().toString());
        assertEquals(Set.of("fi.tarjotin.archfixture.jdbc.ReportBuilder"), violators(seeded, "fi.tarjotin.archfixture"));
    }
}
