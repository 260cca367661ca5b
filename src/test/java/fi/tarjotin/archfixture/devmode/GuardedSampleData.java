package fi.tarjotin.archfixture.devmode;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.env.Environment;
import jakarta.inject.Singleton;

/** Seeded for DevModeIsolationTest: a dev mode bean that exists only in the dev environment, as the rule asks. */
@Singleton
@Requires(env = Environment.DEVELOPMENT)
@Requires(property = "fi.tarjotin.archfixture.never")
class GuardedSampleData {
}
