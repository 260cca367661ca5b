package fi.tarjotin.error;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;

import java.util.List;
import java.util.Objects;

/** Builds error responses in the envelope; the only place that does. */
public final class ErrorResponses {

    private ErrorResponses() {
    }

    public static MutableHttpResponse<ErrorEnvelope> of(HttpRequest<?> request, HttpStatus status, ErrorCode code,
                                                        String target, List<FieldError> details) {
        String language = Messages.languageOf(request);
        List<ErrorEnvelope.Detail> localisedDetails = details.stream()
                .map(d -> new ErrorEnvelope.Detail(d.code().name(), Messages.message(d.code(), language), d.target()))
                .toList();
        ErrorEnvelope body = new ErrorEnvelope(new ErrorEnvelope.Body(code.name(), Messages.message(code, language),
                target, localisedDetails.isEmpty() ? null : localisedDetails));
        MutableHttpResponse<ErrorEnvelope> response = HttpResponse.<ErrorEnvelope>status(status).body(body);
        response.header(HttpHeaders.CONTENT_LANGUAGE, language);
        if (status == HttpStatus.TOO_MANY_REQUESTS || status == HttpStatus.SERVICE_UNAVAILABLE) {
            response.header(HttpHeaders.RETRY_AFTER, "5");
        }
        return response;
    }

    /** The answer for a code that says it all: the code's own status, no target, no details. */
    public static MutableHttpResponse<ErrorEnvelope> of(HttpRequest<?> request, ErrorCode code) {
        return of(request, Objects.requireNonNull(code.status(), code.name()), code, null, List.of());
    }

    public static MutableHttpResponse<ErrorEnvelope> of(HttpRequest<?> request, ApiException e) {
        return of(request, e.status(), e.code(), e.target(), e.details());
    }
}
