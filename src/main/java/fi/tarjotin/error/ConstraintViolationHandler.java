package fi.tarjotin.error;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.validation.exceptions.ConstraintExceptionHandler;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolationException;

import java.util.List;

/** Bean-validation failures on request bodies and parameters become 422 with one detail per field. */
@Singleton
@Replaces(ConstraintExceptionHandler.class)
class ConstraintViolationHandler implements ExceptionHandler<ConstraintViolationException, HttpResponse<ErrorEnvelope>> {

    @Override
    public HttpResponse<ErrorEnvelope> handle(HttpRequest request, ConstraintViolationException exception) {
        List<FieldError> details = exception.getConstraintViolations().stream()
                .map(v -> Violations.toFieldError(v, ""))
                .sorted(java.util.Comparator.comparing(FieldError::target))
                .toList();
        return ErrorResponses.of(request, HttpStatus.UNPROCESSABLE_ENTITY, ErrorCode.VALIDATION_FAILED,
                details.size() == 1 ? details.get(0).target() : null, details);
    }
}
