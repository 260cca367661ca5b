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
    private final String code;
    private final String target;
    private final List<FieldError> details;

    protected ApiException(HttpStatus status, String code, String target, List<FieldError> details) {
        super(code, null, false, false);
        this.status = status;
        this.code = code;
        this.target = target;
        this.details = List.copyOf(details);
    }

    public HttpStatus status() {
        return status;
    }

    public String code() {
        return code;
    }

    public String target() {
        return target;
    }

    public List<FieldError> details() {
        return details;
    }
}
