package fi.tarjotin.archfixture.devmode;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

/** Seeded for DevModeIsolationTest: a dev mode bean switched by a property instead of the dev environment. */
@Singleton
@Requires(property = "fi.tarjotin.archfixture.never")
public class UnguardedSampleData {

    /** A sample value. */
    public String sample() {
        return "sample";
    }
}
