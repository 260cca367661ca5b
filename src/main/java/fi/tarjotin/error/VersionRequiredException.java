package fi.tarjotin.error;

import io.micronaut.http.HttpStatus;

import java.util.List;

/** An update named no version (neither If-Match nor body), so it could overwrite someone's change. */
public final class VersionRequiredException extends ApiException {

    public VersionRequiredException() {
        super(HttpStatus.PRECONDITION_REQUIRED, ErrorCode.VERSION_REQUIRED, "version", List.of());
    }
}
