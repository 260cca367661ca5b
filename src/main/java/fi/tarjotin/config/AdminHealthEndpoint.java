package fi.tarjotin.config;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.management.endpoint.annotation.Endpoint;
import io.micronaut.management.endpoint.annotation.Read;
import io.micronaut.management.endpoint.annotation.Selector;
import io.micronaut.management.endpoint.health.HealthEndpoint;
import io.micronaut.management.endpoint.health.HealthLevelOfDetail;
import io.micronaut.management.health.aggregator.HealthAggregator;
import io.micronaut.management.health.indicator.HealthCheckType;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.management.health.indicator.annotation.Liveness;
import io.micronaut.security.authentication.Authentication;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code /health}, {@code /health/liveness} and {@code /health/readiness}: UP or DOWN for probes and
 * everyone else; the status of each component for administrators (the Admin role in effect, delegated or
 * app-only), and never an indicator's own details, which may name the database's address, its user or the
 * versions the service runs on.
 */
@Endpoint(id = HealthEndpoint.NAME, defaultSensitive = HealthEndpoint.DEFAULT_SENSITIVE)
@Replaces(HealthEndpoint.class)
class AdminHealthEndpoint extends HealthEndpoint {

    /** The role name the token validator gives an administrator (fi.tarjotin.access.Role.ADMIN). */
    private static final String ADMIN = "ADMIN";

    AdminHealthEndpoint(HealthAggregator<HealthResult> aggregator, HealthIndicator[] indicators,
                        @Liveness HealthIndicator[] livenessIndicators) {
        super(aggregator, indicators, livenessIndicators);
    }

    @Override
    @Read
    public Publisher<HealthResult> getHealth(@Nullable Principal principal) {
        boolean admin = isAdmin(principal);
        return Mono.from(super.getHealth(principal)).map(r -> admin ? components(r) : statusOnly(r));
    }

    @Override
    @Read
    public Publisher<HealthResult> getHealth(@Nullable Principal principal, @Selector HealthCheckType selector) {
        boolean admin = isAdmin(principal);
        return Mono.from(super.getHealth(principal, selector)).map(r -> admin ? components(r) : statusOnly(r));
    }

    @Override
    protected HealthLevelOfDetail levelOfDetail(@Nullable Principal principal) {
        return isAdmin(principal) ? HealthLevelOfDetail.STATUS_DESCRIPTION_DETAILS : HealthLevelOfDetail.STATUS;
    }

    private static boolean isAdmin(@Nullable Principal principal) {
        return principal instanceof Authentication authentication && authentication.getRoles().contains(ADMIN);
    }

    private static HealthResult statusOnly(HealthResult result) {
        return HealthResult.builder(null, result.getStatus()).build();
    }

    /** The result with its components' names and statuses, recursively, and nothing else. */
    private static HealthResult components(HealthResult result) {
        Map<String, HealthResult> components = new LinkedHashMap<>();
        if (result.getDetails() instanceof Map<?, ?> details) {
            details.forEach((name, value) -> {
                if (value instanceof HealthResult component) {
                    components.put(String.valueOf(name), components(component));
                }
            });
        }
        HealthResult.Builder builder = HealthResult.builder(null, result.getStatus());
        return components.isEmpty() ? builder.build() : builder.details(components).build();
    }
}
