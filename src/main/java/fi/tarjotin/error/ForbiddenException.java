package fi.tarjotin.error;

import io.micronaut.http.HttpStatus;

import java.util.List;

/** The caller is signed in but their role or scope does not allow the action. */
public final class ForbiddenException extends ApiException {

    public ForbiddenException() {
        super(HttpStatus.FORBIDDEN, ErrorCode.FORBIDDEN, null, List.of());
    }

    public ForbiddenException(ErrorCode code) {
        super(HttpStatus.FORBIDDEN, code, null, List.of());
    }
}
