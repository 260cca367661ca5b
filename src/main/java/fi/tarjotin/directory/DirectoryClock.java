package fi.tarjotin.directory;

import jakarta.inject.Singleton;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** The time the step worker goes by; tests replace it to pass a Retry-After delay without waiting. */
@Singleton
public class DirectoryClock {

    /** Millisecond precision, as DATETIME2(3) stores it. */
    public Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
