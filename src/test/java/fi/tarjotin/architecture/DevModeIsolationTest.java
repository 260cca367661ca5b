package fi.tarjotin.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.micronaut.context.annotation.Requirements;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.env.Environment;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Development mode (sign-in without Entra, sample data) exists only in the {@code dev} environment: nothing else
 * in the service refers to it, and every bean it declares is switched off unless that environment is active.
 * So a production start cannot reach any of it, whatever the configuration says.
 */
class DevModeIsolationTest {

    /** Annotations that make a class a Micronaut bean, directly or as a meta-annotation. */
    private static final List<String> BEAN_ANNOTATIONS = List.of(
            "jakarta.inject.Singleton", "jakarta.inject.Scope",
            "io.micronaut.context.annotation.Bean", "io.micronaut.context.annotation.DefaultScope",
            "io.micronaut.context.annotation.Context", "io.micronaut.context.annotation.Prototype",
            "io.micronaut.context.annotation.Factory", "io.micronaut.context.annotation.ConfigurationReader",
            "io.micronaut.context.annotation.EachProperty", "io.micronaut.context.annotation.EachBean",
            "io.micronaut.http.annotation.Controller", "io.micronaut.http.annotation.Filter",
            "io.micronaut.http.annotation.ServerFilter");

    /** No class under {@code <root>..} outside {@code <root>.devmode..} depends on a class in it. */
    static ArchRule nothingElseReachesDevMode(String root) {
        return noClasses().that().resideInAPackage(root + "..").and().resideOutsideOfPackage(root + ".devmode..")
                .should().dependOnClassesThat().resideInAPackage(root + ".devmode..");
    }

    /** Every bean class in {@code <root>.devmode..} carries {@code @Requires(env = "dev")}. */
    static ArchRule devModeBeansRequireTheDevEnvironment(String root) {
        return classes().that().resideInAPackage(root + ".devmode..")
                .and(beans())
                .and(not(ArchitectureClasses.generated()))
                .should(requireTheDevEnvironment());
    }

    private static DescribedPredicate<JavaClass> beans() {
        return DescribedPredicate.describe("are Micronaut beans", c -> BEAN_ANNOTATIONS.stream()
                .anyMatch(a -> c.isAnnotatedWith(a) || c.isMetaAnnotatedWith(a)));
    }

    private static ArchCondition<JavaClass> requireTheDevEnvironment() {
        return new ArchCondition<>("carry @Requires(env = \"" + Environment.DEVELOPMENT + "\")") {
            @Override
            public void check(JavaClass bean, ConditionEvents events) {
                boolean devOnly = requirements(bean).anyMatch(r -> environments(r).contains(Environment.DEVELOPMENT));
                events.add(new SimpleConditionEvent(bean, devOnly, "bean " + bean.getName()
                        + (devOnly ? " requires" : " does not require") + " the dev environment"));
            }
        };
    }

    private static Stream<JavaAnnotation<JavaClass>> requirements(JavaClass bean) {
        Stream<JavaAnnotation<JavaClass>> single = bean.tryGetAnnotationOfType(Requires.class.getName()).stream();
        Stream<JavaAnnotation<JavaClass>> repeated = bean.tryGetAnnotationOfType(Requirements.class.getName()).stream()
                .flatMap(all -> all.get("value").stream())
                .flatMap(value -> Arrays.stream((Object[]) value))
                .map(r -> {
                    @SuppressWarnings("unchecked")
                    JavaAnnotation<JavaClass> annotation = (JavaAnnotation<JavaClass>) r;
                    return annotation;
                });
        return Stream.concat(single, repeated);
    }

    private static List<Object> environments(JavaAnnotation<?> requires) {
        Optional<Object> env = requires.get("env");
        return env.map(value -> Arrays.asList((Object[]) value)).orElse(List.of());
    }

    @Test
    void noClassOutsideDevModeRefersToIt() {
        nothingElseReachesDevMode("fi.tarjotin").check(ArchitectureClasses.main());
    }

    @Test
    void everyDevModeBeanExistsOnlyInTheDevEnvironment() {
        JavaClasses main = ArchitectureClasses.main();
        assertTrue(main.stream().anyMatch(c -> c.getName().equals("fi.tarjotin.devmode.DevController")),
                "the dev mode beans were not found");

        devModeBeansRequireTheDevEnvironment("fi.tarjotin").check(main);
    }

    @Test
    void theRulesReportADependencyOnDevModeAndAnUnguardedBean() {
        JavaClasses seeded = ArchitectureClasses.seeded();

        EvaluationResult reach = nothingElseReachesDevMode("fi.tarjotin.archfixture").evaluate(seeded);
        EvaluationResult guard = devModeBeansRequireTheDevEnvironment("fi.tarjotin.archfixture").evaluate(seeded);

        String reachReport = reach.getFailureReport().toString();
        assertTrue(reach.hasViolation(), "a dependency on dev mode went unreported");
        assertTrue(reachReport.contains("fi.tarjotin.archfixture.leak.SampleShortcut"), reachReport);
        String guardReport = guard.getFailureReport().toString();
        assertTrue(guard.hasViolation(), "a dev mode bean without @Requires(env = \"dev\") went unreported");
        assertTrue(guardReport.contains("bean fi.tarjotin.archfixture.devmode.UnguardedSampleData does not require"),
                guardReport);
        assertFalse(guardReport.contains("GuardedSampleData"), "a guarded bean was reported: " + guardReport);
    }
}
