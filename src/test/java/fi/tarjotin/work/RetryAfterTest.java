package fi.tarjotin.work;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Retry-After as servers send it: seconds or an HTTP-date in any of its three forms, measured from the moment the caller read from its clock. */
class RetryAfterTest {

    private static final Duration HOUR = Duration.ofHours(1);
    /** Sunday 6 November 1994, 08:49:00 UTC: the example moment of RFC 9110. */
    private final Instant now = Instant.parse("1994-11-06T08:49:00Z");

    @Test
    void delaySecondsAreTheWait() {
        assertEquals(Optional.of(Duration.ofSeconds(120)), RetryAfter.parse("120", now, HOUR));
        assertEquals(Optional.of(Duration.ofSeconds(7)), RetryAfter.parse(" 7 ", now, HOUR));
    }

    @Test
    void anHttpDateIsMeasuredFromTheGivenMomentNotTheWallClock() {
        assertEquals(Optional.of(Duration.ofSeconds(37)),
                RetryAfter.parse("Sun, 06 Nov 1994 08:49:37 GMT", now, HOUR));
    }

    @Test
    void theObsoleteDateFormsAreReadToo() {
        assertEquals(Optional.of(Duration.ofSeconds(37)), RetryAfter.parse("Sunday, 06-Nov-94 08:49:37 GMT", now, HOUR));
        assertEquals(Optional.of(Duration.ofSeconds(37)), RetryAfter.parse("Sun Nov  6 08:49:37 1994", now, HOUR));
    }

    @Test
    void aMomentPastOrANegativeNumberMeansNow() {
        assertEquals(Optional.of(Duration.ZERO), RetryAfter.parse("-5", now, HOUR));
        assertEquals(Optional.of(Duration.ZERO), RetryAfter.parse("Sat, 05 Nov 1994 08:49:37 GMT", now, HOUR));
    }

    @Test
    void aServerCannotParkUsBeyondTheCap() {
        assertEquals(Optional.of(HOUR), RetryAfter.parse("86400", now, HOUR));
        assertEquals(Optional.of(HOUR), RetryAfter.parse("Mon, 07 Nov 1994 08:49:37 GMT", now, HOUR));
        assertEquals(Optional.of(HOUR), RetryAfter.parse("999999999999999999", now, HOUR));
    }

    @Test
    void garbageIsNoAnswer() {
        for (String garbage : new String[] {"", "  ", "soon", "1.5", "0x10", "12 s", "99999999999999999999",
                "Sun, 32 Nov 1994 08:49:37 GMT"}) {
            assertEquals(Optional.empty(), RetryAfter.parse(garbage, now, HOUR), garbage);
        }
        assertEquals(Optional.empty(), RetryAfter.parse(null, now, HOUR));
    }
}
