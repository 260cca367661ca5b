package fi.tarjotin.error;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.validation.exceptions.ConstraintExceptionHandler;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;

import java.util.List;
import java.util.Set;

/** Bean-validation failures on request bodies and parameters become 422 with one detail per field. */
@Singleton
@Replaces(ConstraintExceptionHandler.class)
class ConstraintViolationHandler implements ExceptionHandler<ConstraintViolationException, HttpResponse<ErrorEnvelope>> {

    @Override
    public HttpResponse<ErrorEnvelope> handle(HttpRequest request, ConstraintViolationException exception) {
        // Answered as a rules class answers the same record (one error a field, in its order), whichever checked it.
        List<FieldError> details = Violations.toFieldErrors(exception.getConstraintViolations(),
                bodyType(exception.getConstraintViolations()));
        return ErrorResponses.of(request, HttpStatus.UNPROCESSABLE_ENTITY, ErrorCode.VALIDATION_FAILED,
                details.size() == 1 ? details.get(0).target() : null, details);
    }

    /** The class of the validated body (the argument the violations' paths start at), or Object where none. */
    private static Class<?> bodyType(Set<ConstraintViolation<?>> violations) {
        for (ConstraintViolation<?> violation : violations) {
            Object[] arguments = violation.getExecutableParameters();
            for (Path.Node node : violation.getPropertyPath()) {
                if (node.getKind() == ElementKind.PARAMETER && arguments != null) {
                    int index = node.as(Path.ParameterNode.class).getParameterIndex();
                    if (index < arguments.length && arguments[index] != null) {
                        return arguments[index].getClass();
                    }
                }
            }
        }
        return Object.class;
    }
}
