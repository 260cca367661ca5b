package fi.tarjotin.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Feature packages ({@code fi.tarjotin.<feature>} and everything below it) depend on each other in one direction
 * only: a feature that needs something from a feature above it declares an interface or an event that the
 * other implements or publishes. Checked on the compiled main classes, generated bean definitions included.
 */
class FeatureCyclesTest {

    /** No cycle between the slices {@code <root>.<feature>..}. */
    static ArchRule featuresFreeOfCycles(String root) {
        return slices().matching(root + ".(*)..").namingSlices("feature $1").should().beFreeOfCycles();
    }

    @Test
    void noFeaturePackageDependsOnItselfThroughAnother() {
        featuresFreeOfCycles("fi.tarjotin").check(ArchitectureClasses.main());
    }

    @Test
    void theRuleReportsASeededCycle() {
        JavaClasses seeded = ArchitectureClasses.seeded();

        EvaluationResult result = featuresFreeOfCycles("fi.tarjotin.archfixture").evaluate(seeded);

        assertTrue(result.hasViolation(), "a cycle between two packages went unreported");
        String report = result.getFailureReport().toString();
        assertTrue(report.contains("feature a") && report.contains("feature b"), report);
        assertTrue(report.contains("fi.tarjotin.archfixture.a.Ordering") && report.contains("fi.tarjotin.archfixture.b.Shipping"),
                report);
    }
}
