package fi.tarjotin.error;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.security.authentication.AuthorizationException;
import io.micronaut.security.authentication.DefaultAuthorizationExceptionHandler;
import jakarta.inject.Singleton;


/**
 * 401 for a missing or refused token (with the refusal's own code where it has one, see {@link TokenRefusal}),
 * 403 for a role that does not allow the route; both in the envelope.
 */
@Singleton
@Replaces(DefaultAuthorizationExceptionHandler.class)
class AuthorizationErrorHandler implements ExceptionHandler<AuthorizationException, HttpResponse<ErrorEnvelope>> {

    @Override
    public HttpResponse<ErrorEnvelope> handle(HttpRequest request, AuthorizationException exception) {
        if (exception.isForbidden()) {
            return ErrorResponses.of(request, ErrorCode.FORBIDDEN);
        }
        MutableHttpResponse<ErrorEnvelope> response =
                ErrorResponses.of(request, TokenRefusal.of(request).orElse(ErrorCode.UNAUTHORIZED));
        return response.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
    }
}
