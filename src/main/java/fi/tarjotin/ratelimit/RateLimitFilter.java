package fi.tarjotin.ratelimit;

import fi.tarjotin.error.ErrorEnvelope;
import fi.tarjotin.error.ErrorResponses;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.annotation.Order;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.security.authentication.Authentication;

import java.util.List;
import java.util.OptionalLong;

/**
 * 429 with Retry-After once a caller (by Entra oid and tenant) exceeds their budget on the API, or an
 * address exceeds its budget on the public pages. Runs after sign-in so that it knows the caller.
 */
@ServerFilter({"/api/**", "/public/**", "/embed/**", "/hsds/**"})
// ServerFilterPhase.SECURITY.after(): the caller is known by then.
@Order(39250)
class RateLimitFilter {

    private final RateLimits limits;
    private final RateLimitProperties properties;

    RateLimitFilter(RateLimits limits, RateLimitProperties properties) {
        this.limits = limits;
        this.properties = properties;
    }

    @RequestFilter
    @Nullable
    MutableHttpResponse<ErrorEnvelope> limit(HttpRequest<?> request) {
        if (!properties.isEnabled()) {
            return null;
        }
        OptionalLong retryAfter = request.getPath().startsWith("/api/")
                ? request.getUserPrincipal(Authentication.class)
                        .map(a -> limits.take("caller:" + a.getAttributes().get("tid") + "/" + a.getName(), true))
                        .orElse(OptionalLong.empty())
                : limits.take("address:" + clientAddress(request), false);
        if (retryAfter.isEmpty()) {
            return null;
        }
        return ErrorResponses.of(request, HttpStatus.TOO_MANY_REQUESTS, "TOO_MANY_REQUESTS", null, List.of())
                .header(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter.getAsLong()));
    }

    private String clientAddress(HttpRequest<?> request) {
        if (properties.isTrustForwardedFor()) {
            String forwarded = request.getHeaders().get("X-Forwarded-For");
            if (forwarded != null && !forwarded.isBlank()) {
                return forwarded.split(",")[0].strip();
            }
        }
        return request.getRemoteAddress().getAddress().getHostAddress();
    }
}
