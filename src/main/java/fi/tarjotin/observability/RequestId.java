package fi.tarjotin.observability;

import fi.tarjotin.config.PersonalDataMask;
import io.micronaut.http.HttpRequest;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The id that ties a user's report to the service's logs: Power Platform's {@code x-ms-client-request-id}
 * when it sent one, else the trace id of a W3C {@code traceparent}, else a new one. A header value is
 * taken only if it is short and plain, so that nothing a client puts there (a token, an address) can
 * reach the logs through it.
 */
final class RequestId {

    static final String CLIENT_HEADER = "x-ms-client-request-id";
    static final String TRACEPARENT = "traceparent";
    /** Echoed in every response, so that a failure the user reports can be found. */
    static final String RESPONSE_HEADER = "x-ms-request-id";

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
    private static final Pattern TRACEPARENT_FORMAT = Pattern.compile("[0-9a-f]{2}-([0-9a-f]{32})-[0-9a-f]{16}-[0-9a-f]{2}");
    private static final String INVALID_TRACE_ID = "0".repeat(32);

    private RequestId() {
    }

    static String of(HttpRequest<?> request) {
        return fromClient(request.getHeaders().get(CLIENT_HEADER))
                .or(() -> fromTraceparent(request.getHeaders().get(TRACEPARENT)))
                .orElseGet(() -> UUID.randomUUID().toString());
    }

    static Optional<String> fromClient(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String id = value.strip();
        return PLAIN.matcher(id).matches() && PersonalDataMask.mask(id).equals(id) ? Optional.of(id) : Optional.empty();
    }

    static Optional<String> fromTraceparent(String value) {
        if (value == null) {
            return Optional.empty();
        }
        var match = TRACEPARENT_FORMAT.matcher(value.strip());
        return match.matches() && !INVALID_TRACE_ID.equals(match.group(1)) ? Optional.of(match.group(1)) : Optional.empty();
    }
}
