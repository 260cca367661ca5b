package fi.tarjotin.error;

import io.micronaut.http.HttpStatus;

import java.util.List;

/** A query parameter or header that cannot be understood. */
public final class BadRequestException extends ApiException {

    public BadRequestException(ErrorCode code, String target) {
        super(HttpStatus.BAD_REQUEST, code, target, List.of());
    }
}
