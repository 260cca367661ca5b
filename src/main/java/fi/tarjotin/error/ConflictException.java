package fi.tarjotin.error;

import io.micronaut.http.HttpStatus;

import java.util.List;

/** The request contradicts the current state, for example a duplicate or a lifecycle step out of order. */
public final class ConflictException extends ApiException {

    public ConflictException(ErrorCode code) {
        super(HttpStatus.CONFLICT, code, null, List.of());
    }

    public ConflictException(ErrorCode code, String target) {
        super(HttpStatus.CONFLICT, code, target, List.of());
    }
}
