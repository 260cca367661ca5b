package fi.tarjotin.config;

import fi.tarjotin.error.ErrorCode;
import fi.tarjotin.error.ErrorEnvelope;
import fi.tarjotin.error.ErrorResponses;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;

import java.util.Optional;

/**
 * The API reads JSON only: a body of another media type is refused with 415 before anything reads it.
 * The one exception is the catalogue import, which takes the CSV file as it was exported.
 */
@ServerFilter("/api/**")
class JsonOnlyFilter {

    private static final java.util.regex.Pattern CSV_UPLOAD =
            java.util.regex.Pattern.compile("^/api/v1/admin/municipalities/[^/]+/imports/?$");

    @RequestFilter
    @Nullable
    MutableHttpResponse<ErrorEnvelope> requireJson(HttpRequest<?> request) {
        HttpMethod method = request.getMethod();
        if (method != HttpMethod.POST && method != HttpMethod.PUT && method != HttpMethod.PATCH) {
            return null;
        }
        Optional<MediaType> type = request.getContentType();
        boolean hasBody = request.getContentLength() > 0 || request.getHeaders().contains("Transfer-Encoding");
        if (!hasBody && type.isEmpty()) {
            return null;
        }
        if (CSV_UPLOAD.matcher(request.getPath()).matches()
                && type.map(t -> t.getName().equalsIgnoreCase("text/csv")).orElse(false)) {
            return null;
        }
        boolean json = type.map(t -> t.getSubtype().equals("json") || t.getSubtype().endsWith("+json")).orElse(false);
        return json ? null : ErrorResponses.of(request, ErrorCode.UNSUPPORTED_MEDIA_TYPE);
    }
}
