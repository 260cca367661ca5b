package fi.tarjotin.error;

import io.micronaut.http.HttpStatus;

import java.util.List;

/**
 * A failure the client is told about: an HTTP status, a machine code whose message is looked up in the
 * caller's language, and optionally the field it concerns. Only {@link ApiExceptionHandler} turns it
 * into a response.
 */
public abstract class ApiException extends RuntimeException {

    private final HttpStatus status;
    private final ErrorCode code;
    private final String target;
    private final List<FieldError> details;

    protected ApiException(HttpStatus status, ErrorCode code, String target, List<FieldError> details) {
        super(code.name(), null, false, false);
        this.status = status;
        this.code = code;
        this.target = target;
        this.details = List.copyOf(details);
    }

    public HttpStatus status() {
        return status;
    }

    public ErrorCode code() {
        return code;
    }

    public String target() {
        return target;
    }

    public List<FieldError> details() {
        return details;
    }
}
