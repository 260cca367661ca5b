package fi.tarjotin.error;

import io.micronaut.http.HttpRequest;

import java.util.Optional;

/**
 * Carries why a bearer token was refused, where that reason has a code of its own, from the token check to
 * the 401 it ends in (the security rules only see an anonymous request). Holds the code, never the token.
 */
public final class TokenRefusal {

    private static final String ATTRIBUTE = "fi.tarjotin.error.token-refusal";

    private TokenRefusal() {
    }

    /** Marks the request's token as refused for this reason (an error code with messages of its own). */
    public static void mark(HttpRequest<?> request, ErrorCode code) {
        if (request != null) {
            request.setAttribute(ATTRIBUTE, code);
        }
    }

    static Optional<ErrorCode> of(HttpRequest<?> request) {
        return request.getAttribute(ATTRIBUTE, ErrorCode.class);
    }
}
