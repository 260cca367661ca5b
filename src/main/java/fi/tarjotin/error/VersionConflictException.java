package fi.tarjotin.error;

import io.micronaut.http.HttpStatus;

import java.util.List;

/** The caller changed an older version of the record than the one stored. */
public final class VersionConflictException extends ApiException {

    public VersionConflictException() {
        super(HttpStatus.PRECONDITION_FAILED, ErrorCode.VERSION_CONFLICT, "version", List.of());
    }
}
