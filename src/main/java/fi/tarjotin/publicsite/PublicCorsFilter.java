package fi.tarjotin.publicsite;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.annotation.Order;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * The public JSON (and Atom) and the HSDS view may be read by scripts on any site: they carry no
 * credentials and nothing personal. The embed pages get no CORS headers; they are framed, not fetched.
 */
// Outermost, so that errors and 429s of the public JSON are readable by the calling script too.
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
@ServerFilter({"/public/**", "/hsds/**"})
class PublicCorsFilter {

    @RequestFilter
    @Nullable
    MutableHttpResponse<?> preflight(HttpRequest<?> request) {
        if (request.getMethod() != HttpMethod.OPTIONS) {
            return null;
        }
        // A request filter's own response does not pass the response filter below: it is opened here.
        return HttpResponse.noContent()
                .header("Access-Control-Allow-Origin", "*")
                .header("Access-Control-Allow-Methods", "GET, HEAD, OPTIONS")
                .header("Access-Control-Allow-Headers", "If-None-Match, Accept-Language")
                .header("Access-Control-Max-Age", "86400");
    }

    @ResponseFilter
    void open(MutableHttpResponse<?> response) {
        response.getHeaders().set("Access-Control-Allow-Origin", "*");
        response.getHeaders().set("Access-Control-Expose-Headers", "ETag, Retry-After, Content-Language");
    }
}
