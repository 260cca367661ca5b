package fi.tarjotin.ratelimit;

import io.micronaut.core.annotation.Order;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

import java.util.OptionalLong;

/**
 * API requests that sign-in refuses (no token, a forged or expired one) never reach
 * {@link RateLimitFilter}: this filter wraps sign-in, takes each of them from its address's budget on the
 * way out, and turns the 401 into 429 once that budget is spent. Otherwise guessing tokens would cost an
 * address nothing.
 */
@ServerFilter("/api/**")
// ServerFilterPhase.SECURITY.before(): its response phase sees what sign-in answered.
@Order(38750)
class RefusedRequestFilter {

    private final RateLimits limits;
    private final RateLimitProperties properties;

    RefusedRequestFilter(RateLimits limits, RateLimitProperties properties) {
        this.limits = limits;
        this.properties = properties;
    }

    @ResponseFilter
    MutableHttpResponse<?> limit(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (!properties.isEnabled() || request.getAttribute(RateLimitFilter.ADDRESS_BUDGETED).isPresent()
                || request.getUserPrincipal().isPresent()) {
            return response;
        }
        OptionalLong retryAfter = RateLimitFilter.takeFromAddress(limits, properties, request);
        return retryAfter.isEmpty() ? response : RateLimitFilter.tooManyRequests(request, retryAfter.getAsLong());
    }
}
