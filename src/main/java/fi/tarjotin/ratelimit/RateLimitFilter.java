package fi.tarjotin.ratelimit;

import fi.tarjotin.error.ErrorCode;
import fi.tarjotin.error.ErrorEnvelope;
import fi.tarjotin.error.ErrorResponses;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.annotation.Order;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.security.authentication.Authentication;

import java.util.Optional;
import java.util.OptionalLong;

/**
 * 429 with Retry-After once a caller (by Entra oid and tenant) exceeds their budget on the API, or an
 * address exceeds its budget on the public pages or with unauthenticated API requests. Runs after
 * sign-in so that it knows the caller; API requests that sign-in refuses are budgeted by
 * {@link RefusedRequestFilter} instead.
 */
@ServerFilter({"/api/**", "/public/**", "/embed/**", "/hsds/**"})
// ServerFilterPhase.SECURITY.after(): the caller is known by then.
@Order(39250)
class RateLimitFilter {

    /** Request attribute: this request has been taken from its address's budget already. */
    static final String ADDRESS_BUDGETED = RateLimitFilter.class.getName() + ".address";

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
        Optional<Authentication> caller = request.getPath().startsWith("/api/")
                ? request.getUserPrincipal(Authentication.class) : Optional.empty();
        OptionalLong retryAfter = caller.isPresent()
                ? limits.take("caller:" + caller.get().getAttributes().get("tid") + "/" + caller.get().getName(), true)
                : takeFromAddress(limits, properties, request);
        return retryAfter.isEmpty() ? null : tooManyRequests(request, retryAfter.getAsLong());
    }

    /** Takes one request from the budget of the request's address, once per request. */
    static OptionalLong takeFromAddress(RateLimits limits, RateLimitProperties properties, HttpRequest<?> request) {
        request.setAttribute(ADDRESS_BUDGETED, Boolean.TRUE);
        return limits.take("address:" + ClientAddress.of(request, properties), false);
    }

    static MutableHttpResponse<ErrorEnvelope> tooManyRequests(HttpRequest<?> request, long retryAfterSeconds) {
        return ErrorResponses.of(request, ErrorCode.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds));
    }
}
