package fi.tarjotin.directory;

import io.micronaut.core.annotation.Nullable;

/**
 * A step a subject needs: its name (unique within the subject), what kind of work, in which stage (a step
 * waits for the lower stages of its subject), for whom, and whether it needs the directory.
 */
public record StepPlan(String name, String kind, int stage, @Nullable String argument, boolean needsDirectory) {
}
