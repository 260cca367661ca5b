package fi.tarjotin.work;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The one retry policy: doubling from the first delay, capped, jittered, and never shorter than the server asked. */
class BackoffTest {

    private static final Duration FIRST = Duration.ofSeconds(10);
    private static final Duration CAP = Duration.ofHours(1);

    @Test
    void theDelayDoublesWithEachFailureInARow() {
        Backoff backoff = new Backoff(FIRST, CAP, 0);
        assertEquals(Duration.ofSeconds(10), backoff.after(1));
        assertEquals(Duration.ofSeconds(20), backoff.after(2));
        assertEquals(Duration.ofSeconds(80), backoff.after(4));
    }

    @Test
    void theDelayStopsGrowingAtTheCapHoweverManyFailures() {
        Backoff backoff = new Backoff(FIRST, CAP, 0);
        assertEquals(CAP, backoff.after(10));
        assertEquals(CAP, backoff.after(63));
        assertEquals(CAP, backoff.after(Integer.MAX_VALUE));
    }

    @Test
    void jitterAddsAtMostItsShareOfTheDelay() {
        assertEquals(Duration.ofSeconds(20), new Backoff(FIRST, CAP, 0.2, bound -> 0).after(2));
        assertEquals(Duration.ofSeconds(24), new Backoff(FIRST, CAP, 0.2, bound -> bound - 1).after(2));
        for (int i = 0; i < 200; i++) {
            Duration d = new Backoff(FIRST, CAP, 0.2).after(2);
            assertTrue(d.compareTo(Duration.ofSeconds(20)) >= 0 && d.compareTo(Duration.ofSeconds(24)) <= 0, d.toString());
        }
    }

    @Test
    void aLongerRetryAfterIsHonouredAndAShorterOneDoesNotShortenTheWait() {
        Backoff backoff = new Backoff(FIRST, CAP, 0);
        assertEquals(Duration.ofSeconds(120), backoff.after(1, Optional.of(Duration.ofSeconds(120))));
        assertEquals(Duration.ofSeconds(10), backoff.after(1, Optional.of(Duration.ZERO)));
        assertEquals(Duration.ofSeconds(20), backoff.after(2, Optional.empty()));
    }

    @Test
    void aPolicyThatCannotWaitIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Backoff(Duration.ZERO, CAP, 0));
        assertThrows(IllegalArgumentException.class, () -> new Backoff(CAP, FIRST, 0));
        assertThrows(IllegalArgumentException.class, () -> new Backoff(FIRST, CAP, -0.1));
    }
}
