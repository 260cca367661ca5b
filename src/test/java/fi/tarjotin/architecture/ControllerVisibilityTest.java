package fi.tarjotin.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaConstructor;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.micronaut.http.annotation.Controller;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A controller is the HTTP face of its feature package and nothing else: no other class calls it, so neither the
 * class nor its constructors are visible outside the package. Other features use the package's public service.
 */
class ControllerVisibilityTest {

    private static final Set<JavaModifier> WIDER_THAN_PACKAGE = Set.of(JavaModifier.PUBLIC, JavaModifier.PROTECTED);

    /** Every {@code @Controller} under {@code <root>..} is package-private, and so are its constructors. */
    static ArchRule controllersArePackagePrivate(String root) {
        return classes().that().resideInAPackage(root + "..")
                .and().areAnnotatedWith(Controller.class)
                .and(not(ArchitectureClasses.generated()))
                .should(bePackagePrivateWithTheirConstructors());
    }

    private static ArchCondition<JavaClass> bePackagePrivateWithTheirConstructors() {
        return new ArchCondition<>("be package-private, constructors included") {
            @Override
            public void check(JavaClass controller, ConditionEvents events) {
                if (controller.getModifiers().stream().anyMatch(WIDER_THAN_PACKAGE::contains)) {
                    events.add(SimpleConditionEvent.violated(controller,
                            "controller " + controller.getName() + " is visible outside its package"));
                }
                for (JavaConstructor constructor : controller.getConstructors()) {
                    if (constructor.getModifiers().stream().anyMatch(WIDER_THAN_PACKAGE::contains)) {
                        events.add(SimpleConditionEvent.violated(constructor,
                                "constructor " + constructor.getFullName() + " is visible outside its package"));
                    }
                }
            }
        };
    }

    @Test
    void everyControllerIsHiddenInsideItsFeaturePackage() {
        controllersArePackagePrivate("fi.tarjotin").check(ArchitectureClasses.main());
    }

    @Test
    void theRuleReportsAPublicControllerAndAPublicConstructor() {
        EvaluationResult result = controllersArePackagePrivate("fi.tarjotin.archfixture")
                .evaluate(ArchitectureClasses.seeded());

        String report = result.getFailureReport().toString();
        assertTrue(result.hasViolation(), "a public controller went unreported");
        assertTrue(report.contains("controller fi.tarjotin.archfixture.controller.OpenController is visible"), report);
        assertTrue(report.contains("constructor fi.tarjotin.archfixture.controller.OpenController.<init>() is visible"),
                report);
        assertTrue(!report.contains("HiddenController"), "a package-private controller was reported: " + report);
    }
}
