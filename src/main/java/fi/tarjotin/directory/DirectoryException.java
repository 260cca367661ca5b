package fi.tarjotin.directory;

import fi.tarjotin.error.ErrorCode;
import io.micronaut.core.annotation.Nullable;

/**
 * A directory operation failed. {@code transientFailure} says a later attempt may succeed (throttling,
 * outages); {@code retryAfter} is the directory's {@code Retry-After} as it
 * was sent, if it named one (the worker reads it against its clock). The code is a
 * message code shown with the step; the text never carries e-mail addresses or tokens.
 */
public class DirectoryException extends RuntimeException {

    private final ErrorCode code;
    private final boolean transientFailure;
    private final String retryAfter;

    public DirectoryException(ErrorCode code, boolean transientFailure, @Nullable String retryAfter) {
        super(code.name(), null, false, false);
        this.code = code;
        this.transientFailure = transientFailure;
        this.retryAfter = retryAfter;
    }

    public static DirectoryException notConfigured() {
        return new DirectoryException(ErrorCode.DIRECTORY_NOT_CONFIGURED, false, null);
    }

    public static DirectoryException permanent(ErrorCode code) {
        return new DirectoryException(code, false, null);
    }

    public ErrorCode code() {
        return code;
    }

    public boolean transientFailure() {
        return transientFailure;
    }

    public @Nullable String retryAfter() {
        return retryAfter;
    }
}
