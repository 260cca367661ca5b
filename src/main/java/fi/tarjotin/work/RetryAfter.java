package fi.tarjotin.work;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A server's {@code Retry-After} (RFC 9110 §10.2.3): delay-seconds or an HTTP-date, the date measured against
 * the moment {@code now} (read once from the service's clock by the caller, so that the wait and the
 * moment it is added to agree). A moment already past, or a negative number, means "now"; anything else is no answer.
 */
public final class RetryAfter {

    private static final DateTimeFormatter ASCTIME = DateTimeFormatter.ofPattern("EEE MMM ppd HH:mm:ss yyyy", Locale.ENGLISH);

    private RetryAfter() {
    }

    /** The delay the header asks for, at most {@code cap}; empty where there is no header or it reads as neither form. */
    public static Optional<Duration> parse(String header, Instant now, Duration cap) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        String value = header.strip();
        return seconds(value).or(() -> date(value, now))
                .map(wait -> wait.isNegative() ? Duration.ZERO : wait)
                .map(wait -> wait.compareTo(cap) > 0 ? cap : wait);
    }

    private static Optional<Duration> seconds(String value) {
        if (!value.matches("-?\\d{1,18}")) {
            return Optional.empty();
        }
        return Optional.of(Duration.ofSeconds(Long.parseLong(value)));
    }

    /** The three forms of HTTP-date a recipient must accept: IMF-fixdate, obsolete RFC 850 and asctime. */
    private static Optional<Duration> date(String value, Instant now) {
        for (DateTimeFormatter format : List.of(DateTimeFormatter.RFC_1123_DATE_TIME, rfc850(now), ASCTIME)) {
            try {
                Instant at = format == DateTimeFormatter.RFC_1123_DATE_TIME
                        ? ZonedDateTime.parse(value, format).toInstant()
                        : LocalDateTime.parse(value, format).toInstant(ZoneOffset.UTC);
                return Optional.of(Duration.between(now, at));
            } catch (DateTimeParseException notThisForm) {
                // try the next form
            }
        }
        return Optional.empty();
    }

    /** A two-digit year more than 50 years ahead is taken to be in the past (RFC 9110 §5.6.7). */
    private static DateTimeFormatter rfc850(Instant now) {
        int baseYear = LocalDateTime.ofInstant(now, ZoneOffset.UTC).getYear() - 49;
        return new DateTimeFormatterBuilder().appendPattern("EEEE, dd-MMM-")
                .appendValueReduced(ChronoField.YEAR, 2, 2, baseYear)
                .appendPattern(" HH:mm:ss 'GMT'").toFormatter(Locale.ENGLISH);
    }
}
