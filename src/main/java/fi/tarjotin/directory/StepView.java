package fi.tarjotin.directory;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/**
 * A step as the API shows it: name, status, a sentence in the caller's language, when it last changed,
 * and while it waits for a retry, when the next attempt is due.
 */
@Serdeable
public record StepView(String name, String status, @Nullable String message, Instant updatedAt, int attempts,
                       @Nullable Instant nextAttemptAt) {
}
