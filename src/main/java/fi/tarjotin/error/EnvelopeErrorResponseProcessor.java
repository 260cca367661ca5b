package fi.tarjotin.error;

import io.micronaut.context.annotation.Primary;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;

import java.util.List;

/**
 * Errors raised by the framework itself (unknown route, unreadable JSON, body too large, unexpected
 * failures) leave in the same envelope. Their own messages are never passed on: they can name classes.
 */
@Primary
@Singleton
@Replaces(ErrorResponseProcessor.class)
class EnvelopeErrorResponseProcessor implements ErrorResponseProcessor<ErrorEnvelope> {

    @Override
    public MutableHttpResponse<ErrorEnvelope> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
        HttpStatus status = response.getStatus();
        String code = status == HttpStatus.BAD_REQUEST && unreadableBody(context) ? "INVALID_JSON" : codeFor(status);
        MutableHttpResponse<ErrorEnvelope> envelope = ErrorResponses.of(context.getRequest(), status, code, null,
                List.of());
        response.getHeaders().forEach((name, values) -> values.forEach(v -> {
            if (!envelope.getHeaders().contains(name)) {
                envelope.header(name, v);
            }
        }));
        return envelope;
    }

    /** Whether the failure was a body that could not be read as the expected JSON. */
    private static boolean unreadableBody(ErrorContext context) {
        Throwable cause = context.getRootCause().orElse(null);
        while (cause != null) {
            String name = cause.getClass().getName();
            if (name.contains("Serde") || name.contains("Json") || name.contains("Codec")
                    || name.contains("ConversionError")) {
                return true;
            }
            cause = cause.getCause() == cause ? null : cause.getCause();
        }
        return false;
    }

    static String codeFor(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> "INVALID_REQUEST";
            case UNAUTHORIZED -> "UNAUTHORIZED";
            case FORBIDDEN -> "FORBIDDEN";
            case NOT_FOUND -> "NOT_FOUND";
            case METHOD_NOT_ALLOWED -> "METHOD_NOT_ALLOWED";
            case NOT_ACCEPTABLE -> "NOT_ACCEPTABLE";
            case REQUEST_ENTITY_TOO_LARGE -> "PAYLOAD_TOO_LARGE";
            case UNSUPPORTED_MEDIA_TYPE -> "UNSUPPORTED_MEDIA_TYPE";
            case UNPROCESSABLE_ENTITY -> "VALIDATION_FAILED";
            case TOO_MANY_REQUESTS -> "TOO_MANY_REQUESTS";
            case SERVICE_UNAVAILABLE -> "SERVICE_UNAVAILABLE";
            default -> status.getCode() >= 500 ? "INTERNAL_ERROR" : "INVALID_REQUEST";
        };
    }
}
