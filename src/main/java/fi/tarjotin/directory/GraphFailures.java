package fi.tarjotin.directory;

import com.microsoft.kiota.ApiException;
import fi.tarjotin.error.ErrorCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Locale;
import java.util.Set;

/** What a Graph error status means for a step: retry (after how long), already done, or give up. */
final class GraphFailures {

    private static final Logger LOG = LoggerFactory.getLogger(GraphFailures.class);

    private GraphFailures() {
    }

    static DirectoryException translate(ApiException e, String graphMessage) {
        int status = e.getResponseStatusCode();
        String retryAfter = retryAfter(e);
        // Graph's error text for these names the object, never the person: safe to match, not logged.
        String text = graphMessage.toLowerCase(Locale.ROOT);
        if ((status == 400 || status == 409) && (text.contains("already exist"))) {
            return new GraphDirectory.AlreadyExists();
        }
        LOG.warn("Microsoft Graph answered {}", status);
        if (status == 429) {
            return new DirectoryException(ErrorCode.DIRECTORY_THROTTLED, true, retryAfter);
        }
        if (status == 408 || status >= 500) {
            return new DirectoryException(ErrorCode.DIRECTORY_UNAVAILABLE, true, retryAfter);
        }
        if (status == 401 || status == 403) {
            return DirectoryException.permanent(ErrorCode.DIRECTORY_PERMISSION_MISSING);
        }
        return DirectoryException.permanent(ErrorCode.DIRECTORY_REQUEST_REFUSED);
    }

    /** The Retry-After header as Graph sent it; the step worker reads it with the shared parser and clock. */
    static String retryAfter(ApiException e) {
        var headers = e.getResponseHeaders();
        if (headers == null) {
            return null;
        }
        Set<String> values = headers.get("Retry-After");
        return values == null || values.isEmpty() ? null : values.iterator().next();
    }
}
