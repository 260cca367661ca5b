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
import jakarta.validation.Path;

import java.util.ArrayList;
import java.util.List;

/** Bean-validation failures on request bodies and parameters become 422 with one detail per field. */
@Singleton
@Replaces(ConstraintExceptionHandler.class)
class ConstraintViolationHandler implements ExceptionHandler<ConstraintViolationException, HttpResponse<ErrorEnvelope>> {

    @Override
    public HttpResponse<ErrorEnvelope> handle(HttpRequest request, ConstraintViolationException exception) {
        List<FieldError> details = exception.getConstraintViolations().stream()
                .map(v -> new FieldError(codeOf(v), targetOf(v)))
                .sorted(java.util.Comparator.comparing(FieldError::target))
                .toList();
        return ErrorResponses.of(request, HttpStatus.UNPROCESSABLE_ENTITY, ErrorCode.VALIDATION_FAILED,
                details.size() == 1 ? details.get(0).target() : null, details);
    }

    private static ErrorCode codeOf(ConstraintViolation<?> violation) {
        String constraint = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        return switch (constraint) {
            case "NotNull", "NotBlank", "NotEmpty" -> ErrorCode.REQUIRED;
            case "Size" -> ErrorCode.INVALID_LENGTH;
            case "Min", "Max", "Positive", "PositiveOrZero", "DecimalMin", "DecimalMax", "Digits" ->
                    ErrorCode.OUT_OF_RANGE;
            case "Email" -> ErrorCode.INVALID_EMAIL;
            default -> ErrorCode.INVALID_VALUE;
        };
    }

    /** The field path as the client wrote it: method and parameter names of the controller are dropped. */
    private static String targetOf(ConstraintViolation<?> violation) {
        List<String> parts = new ArrayList<>();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == jakarta.validation.ElementKind.METHOD
                    || node.getKind() == jakarta.validation.ElementKind.PARAMETER
                    || node.getKind() == jakarta.validation.ElementKind.RETURN_VALUE) {
                if (node.getKind() == jakarta.validation.ElementKind.PARAMETER && !"body".equals(node.getName())
                        && !node.getName().startsWith("arg")) {
                    parts.add(node.getName());
                }
                continue;
            }
            String name = node.getName() == null ? "" : node.getName();
            if (node.getIndex() != null) {
                name = name + "[" + node.getIndex() + "]";
            } else if (node.getKey() != null) {
                name = name + "." + node.getKey();
            }
            if (!name.isEmpty()) {
                parts.add(name);
            }
        }
        return String.join(".", parts);
    }
}
