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
        ErrorCode code = status == HttpStatus.BAD_REQUEST && unreadableBody(context)
                ? ErrorCode.INVALID_JSON : codeFor(status);
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

    static ErrorCode codeFor(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> ErrorCode.INVALID_REQUEST;
            case UNAUTHORIZED -> ErrorCode.UNAUTHORIZED;
            case FORBIDDEN -> ErrorCode.FORBIDDEN;
            case NOT_FOUND -> ErrorCode.NOT_FOUND;
            case METHOD_NOT_ALLOWED -> ErrorCode.METHOD_NOT_ALLOWED;
            case NOT_ACCEPTABLE -> ErrorCode.NOT_ACCEPTABLE;
            case REQUEST_ENTITY_TOO_LARGE -> ErrorCode.PAYLOAD_TOO_LARGE;
            case UNSUPPORTED_MEDIA_TYPE -> ErrorCode.UNSUPPORTED_MEDIA_TYPE;
            case UNPROCESSABLE_ENTITY -> ErrorCode.VALIDATION_FAILED;
            case TOO_MANY_REQUESTS -> ErrorCode.TOO_MANY_REQUESTS;
            case SERVICE_UNAVAILABLE -> ErrorCode.SERVICE_UNAVAILABLE;
            default -> status.getCode() >= 500 ? ErrorCode.INTERNAL_ERROR : ErrorCode.INVALID_REQUEST;
        };
    }
}
