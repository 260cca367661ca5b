package fi.tarjotin.directory;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.util.UUID;

/**
 * One unit of directory work for a subject (a municipality's onboarding, an invitation), as stored in
 * {@code directory_step}. {@code kind} tells the subject's handler what to do, {@code argument} for whom;
 * {@code result} keeps what the work produced (a group's or a user's object id) for later steps.
 */
public record DirectoryStep(UUID id, String subjectType, String subjectId, String name, String kind, int stage,
                            @Nullable String argument, boolean needsDirectory, StepStatus status,
                            @Nullable String messageCode, @Nullable String result, int attempts,
                            Instant nextAttemptAt, @Nullable String leaseOwner, @Nullable Instant leaseExpiresAt,
                            Instant createdAt, Instant updatedAt) {

    /** PENDING until done, skipped or given up (FAILED). */
    public enum StepStatus {
        PENDING, DONE, FAILED, SKIPPED;

        boolean finished() {
            return this == DONE || this == SKIPPED;
        }
    }
}
