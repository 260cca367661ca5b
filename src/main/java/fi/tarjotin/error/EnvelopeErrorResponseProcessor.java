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
        MutableHttpResponse<ErrorEnvelope> envelope = ErrorResponses.of(context.getRequest(), status, codeFor(status),
                null, List.of());
        response.getHeaders().forEach((name, values) -> values.forEach(v -> {
            if (!envelope.getHeaders().contains(name)) {
                envelope.header(name, v);
            }
        }));
        return envelope;
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
