package fi.tarjotin.work;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.ZoneOffset;

/** Provides the one {@link Clock} that background work and stored timestamps go by; tests replace it to move time. */
@Factory
public class WorkClock {

    /** UTC, in whole milliseconds: DATETIME2(3) keeps no more, so what is read back equals what was written. */
    @Singleton
    Clock clock() {
        return Clock.tickMillis(ZoneOffset.UTC);
    }
}
