package fi.tarjotin.config;

import io.micronaut.http.HttpHeaders;
import io.micronaut.core.annotation.Order;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * API responses are personal to the caller and change often; the connector gateway would otherwise
 * cache them (errors included).
 */
// Outermost, so that responses made by the security rules (401, 403) get the headers too.
@Order(Ordered.HIGHEST_PRECEDENCE)
@ServerFilter("/api/**")
class NoStoreFilter {

    @ResponseFilter
    void noStore(MutableHttpResponse<?> response) {
        response.getHeaders().set(HttpHeaders.CACHE_CONTROL, "no-store");
    }
}
