package fi.tarjotin.support;

import fi.tarjotin.directory.DirectoryClock;
import io.micronaut.context.annotation.Replaces;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.time.Instant;

/** The directory worker's clock, which a test can move forward instead of waiting (Retry-After, leases). */
@Singleton
@Replaces(DirectoryClock.class)
public class TestDirectoryClock extends DirectoryClock {

    private volatile Duration offset = Duration.ZERO;

    @Override
    public Instant now() {
        return super.now().plus(offset);
    }

    public void advance(Duration by) {
        offset = offset.plus(by);
    }
}
