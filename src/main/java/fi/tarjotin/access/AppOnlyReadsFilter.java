package fi.tarjotin.access;

import fi.tarjotin.error.ErrorCode;
import fi.tarjotin.error.ErrorEnvelope;
import fi.tarjotin.error.ErrorResponses;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.security.authentication.Authentication;

import java.util.EnumSet;
import java.util.Set;

/**
 * An application calling on its own (a token without a delegated scope) only reads: every write under
 * {@code /api/} is refused here with 403 {@code APP_ONLY_READS}, in one place that no new route can forget,
 * and before any controller looks up what the request names.
 */
@ServerFilter("/api/**")
class AppOnlyReadsFilter implements Ordered {

    private static final Set<HttpMethod> WRITES = EnumSet.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH,
            HttpMethod.DELETE);

    @Override
    public int getOrder() {
        // Right after sign-in: the caller is known by then.
        return ServerFilterPhase.SECURITY.after();
    }

    @RequestFilter
    @Nullable
    MutableHttpResponse<ErrorEnvelope> refuseWrites(HttpRequest<?> request) {
        if (!WRITES.contains(request.getMethod())) {
            return null;
        }
        boolean appOnly = request.getUserPrincipal(Authentication.class).map(Caller::of).map(Caller::appOnly)
                .orElse(false);
        return appOnly ? ErrorResponses.of(request, ErrorCode.APP_ONLY_READS) : null;
    }
}
