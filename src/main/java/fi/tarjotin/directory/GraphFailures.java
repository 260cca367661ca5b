package fi.tarjotin.directory;

import com.microsoft.kiota.ApiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Set;

/** What a Graph error status means for a step: retry (after how long), already done, or give up. */
final class GraphFailures {

    private static final Logger LOG = LoggerFactory.getLogger(GraphFailures.class);
    private static final Duration LONGEST_RETRY_AFTER = Duration.ofHours(1);

    private GraphFailures() {
    }

    static DirectoryException translate(ApiException e, String graphMessage) {
        int status = e.getResponseStatusCode();
        Duration retryAfter = retryAfter(e);
        // Graph's error text for these names the object, never the person: safe to match, not logged.
        String text = graphMessage.toLowerCase(Locale.ROOT);
        if ((status == 400 || status == 409) && (text.contains("already exist"))) {
            return new GraphDirectory.AlreadyExists();
        }
        LOG.warn("Microsoft Graph answered {}", status);
        if (status == 429) {
            return new DirectoryException("DIRECTORY_THROTTLED", true, retryAfter);
        }
        if (status == 408 || status >= 500) {
            return new DirectoryException("DIRECTORY_UNAVAILABLE", true, retryAfter);
        }
        if (status == 401 || status == 403) {
            return DirectoryException.permanent("DIRECTORY_PERMISSION_MISSING");
        }
        return DirectoryException.permanent("DIRECTORY_REQUEST_REFUSED");
    }

    /** Retry-After in seconds or as an HTTP date, capped so a bad value cannot park a step for days. */
    static Duration retryAfter(ApiException e) {
        var headers = e.getResponseHeaders();
        if (headers == null) {
            return null;
        }
        Set<String> values = headers.get("Retry-After");
        if (values == null || values.isEmpty()) {
            return null;
        }
        String value = values.iterator().next().trim();
        try {
            return min(Duration.ofSeconds(Math.max(0, Long.parseLong(value))));
        } catch (NumberFormatException notSeconds) {
            try {
                Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                Duration until = Duration.between(Instant.now(), at);
                return min(until.isNegative() ? Duration.ZERO : until);
            } catch (DateTimeParseException neither) {
                return null;
            }
        }
    }

    private static Duration min(Duration d) {
        return d.compareTo(LONGEST_RETRY_AFTER) > 0 ? LONGEST_RETRY_AFTER : d;
    }
}
