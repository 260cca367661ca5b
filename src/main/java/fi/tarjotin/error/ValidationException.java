package fi.tarjotin.error;

import io.micronaut.http.HttpStatus;

import java.util.List;

/** The body was understood but breaks one or more rules; every broken rule is listed with its field. */
public final class ValidationException extends ApiException {

    public ValidationException(List<FieldError> details) {
        super(HttpStatus.UNPROCESSABLE_ENTITY, ErrorCode.VALIDATION_FAILED,
                details.size() == 1 ? details.get(0).target() : null, details);
    }

    public static ValidationException of(ErrorCode code, String target) {
        return new ValidationException(List.of(new FieldError(code, target)));
    }
}
