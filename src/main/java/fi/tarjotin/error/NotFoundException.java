package fi.tarjotin.error;

import io.micronaut.http.HttpStatus;

import java.util.List;

/** The record does not exist, or the caller may not know that it does. */
public final class NotFoundException extends ApiException {

    public NotFoundException() {
        super(HttpStatus.NOT_FOUND, ErrorCode.NOT_FOUND, null, List.of());
    }
}
