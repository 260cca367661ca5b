package fi.tarjotin.error;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.server.exceptions.ConversionErrorHandler;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

import java.time.temporal.Temporal;
import java.util.List;
import java.util.UUID;

/**
 * A path or query parameter Micronaut could not bind to its declared type: an id that is no UUID is
 * 400 {@code INVALID_ID} and a date that is not {@code yyyy-MM-dd} 400 {@code INVALID_DATE}, each naming the
 * parameter. A body that cannot be read as its type stays 400 {@code INVALID_JSON}.
 */
@Singleton
@Replaces(ConversionErrorHandler.class)
class ParameterConversionHandler implements ExceptionHandler<ConversionErrorException, HttpResponse<ErrorEnvelope>> {

    @Override
    public HttpResponse<ErrorEnvelope> handle(HttpRequest request, ConversionErrorException exception) {
        Argument<?> argument = exception.getArgument();
        ErrorCode code = codeFor(argument);
        String target = code == ErrorCode.INVALID_JSON ? null : argument.getName();
        return ErrorResponses.of(request, HttpStatus.BAD_REQUEST, code, target, List.of());
    }

    static ErrorCode codeFor(Argument<?> argument) {
        if (argument == null || argument.getAnnotationMetadata().hasAnnotation(Body.class)) {
            return ErrorCode.INVALID_JSON;
        }
        if (argument.getType() == UUID.class) {
            return ErrorCode.INVALID_ID;
        }
        if (Temporal.class.isAssignableFrom(argument.getType())) {
            return ErrorCode.INVALID_DATE;
        }
        return ErrorCode.INVALID_JSON;
    }
}
