package fi.tarjotin.observability;

import io.micronaut.context.propagation.slf4j.MdcPropagationContext;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.core.order.Ordered;
import io.micronaut.core.propagation.PropagatedContext;
import io.micronaut.http.BasicHttpAttributes;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.filter.HttpServerFilter;
import io.micronaut.http.filter.ServerFilterChain;
import io.micronaut.security.authentication.Authentication;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Logs every request once, when its response is ready: request id, method, route template (never the
 * path or query, which can carry personal data), status, duration and the caller's Entra object id.
 * Successful health probes are logged at DEBUG only.
 * The request id is also in the MDC of everything logged while the request is handled (propagated to the
 * blocking threads by Micronaut's context propagation, and removed when the request is done) and is
 * echoed in the {@code x-ms-request-id} response header.
 */
@Filter(Filter.MATCH_ALL_PATTERN)
class RequestLogFilter implements HttpServerFilter {

    static final String REQUEST_ID = "requestId";
    static final String CALLER_OID = "callerOid";
    static final String ROUTE = "route";
    static final String METHOD = "method";
    static final String STATUS = "status";
    static final String DURATION_MS = "durationMs";
    /** Requests that matched no route (404s of guessed paths) are logged under this instead of their path. */
    static final String UNMATCHED = "UNMATCHED";

    private static final Logger LOG = LoggerFactory.getLogger(RequestLogFilter.class);

    @Override
    public int getOrder() {
        // Next to the outermost filter (SecurityHeadersFilter): sees 401s from sign-in and 429s as well.
        return Ordered.HIGHEST_PRECEDENCE + 1;
    }

    @Override
    public Publisher<MutableHttpResponse<?>> doFilter(HttpRequest<?> request, ServerFilterChain chain) {
        long started = System.nanoTime();
        String requestId = RequestId.of(request);
        try (PropagatedContext.Scope ignored = PropagatedContext.getOrEmpty()
                .plus(new MdcPropagationContext(Map.of(REQUEST_ID, requestId))).propagate()) {
            return Publishers.map(chain.proceed(request), response -> {
                response.header(RequestId.RESPONSE_HEADER, requestId);
                log(request, response, requestId, started);
                return response;
            });
        }
    }

    private static void log(HttpRequest<?> request, MutableHttpResponse<?> response, String requestId, long started) {
        String route = BasicHttpAttributes.getUriTemplate(request).orElse(UNMATCHED);
        // The platform probes every few seconds: a healthy answer is not worth a log line (DEBUG shows them).
        boolean healthyProbe = route.startsWith("/health") && response.code() < 400;
        if (healthyProbe ? !LOG.isDebugEnabled() : !LOG.isInfoEnabled()) {
            return;
        }
        long durationMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        String oid = request.getUserPrincipal(Authentication.class).map(Authentication::getName).orElse("-");
        Map<String, String> outer = MDC.getCopyOfContextMap();
        try {
            MDC.put(REQUEST_ID, requestId);
            MDC.put(METHOD, request.getMethodName());
            MDC.put(ROUTE, route);
            MDC.put(STATUS, Integer.toString(response.code()));
            MDC.put(DURATION_MS, Long.toString(durationMs));
            MDC.put(CALLER_OID, oid);
            // Words between the numbers: "200 312" would look like a phone number to the log masking.
            LOG.atLevel(healthyProbe ? org.slf4j.event.Level.DEBUG : org.slf4j.event.Level.INFO)
                    .log("{} {} status={} duration={}ms request={} caller={}", request.getMethodName(), route,
                            response.code(), durationMs, requestId, oid);
        } finally {
            if (outer == null) {
                MDC.clear();
            } else {
                MDC.setContextMap(outer);
            }
        }
    }
}
