package fi.tarjotin.config;

import io.micronaut.http.MutableHttpHeaders;
import io.micronaut.core.annotation.Order;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * Headers that keep browsers strict with every response: HTTPS only from now on, no content-type
 * guessing, no full URLs leaking to other sites. Public pages add their own CSP.
 */
// Outermost, so that responses made by the security rules (401, 403) get the headers too.
@Order(Ordered.HIGHEST_PRECEDENCE)
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class SecurityHeadersFilter {

    @ResponseFilter
    void secure(MutableHttpResponse<?> response) {
        MutableHttpHeaders headers = response.getHeaders();
        headers.set("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Referrer-Policy", "strict-origin-when-cross-origin");
    }
}
