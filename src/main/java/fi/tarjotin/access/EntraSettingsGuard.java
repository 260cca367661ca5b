package fi.tarjotin.access;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Order;
import io.micronaut.core.order.Ordered;
import io.micronaut.context.exceptions.ConfigurationException;

import java.util.UUID;

/**
 * Refuses to start without the Entra settings, naming the missing key, so that a misconfigured
 * production instance never runs with sign-in half set up. Checked first, before the database is touched.
 */
@Context
@Order(Ordered.HIGHEST_PRECEDENCE)
// Command-line tools (seed-synthetic) serve no requests and need no sign-in settings.
@Requires(notEnv = "cli")
class EntraSettingsGuard {

    EntraSettingsGuard(EntraProperties entra) {
        if (entra.getHomeTenantId() == null || entra.getHomeTenantId().isBlank()) {
            throw missing("tarjotin.entra.home-tenant-id", "TARJOTIN_ENTRA_HOME_TENANT_ID");
        }
        if (entra.getAudiences().isEmpty()) {
            throw missing("tarjotin.entra.audiences", "TARJOTIN_ENTRA_AUDIENCES");
        }
        if (entra.getJwksUri() == null || entra.getJwksUri().isBlank()) {
            throw missing("tarjotin.entra.jwks-uri", "TARJOTIN_ENTRA_JWKS_URI");
        }
        try {
            UUID.fromString(entra.getHomeTenantId());
        } catch (IllegalArgumentException notAGuid) {
            throw new ConfigurationException("tarjotin.entra.home-tenant-id must be the tenant's GUID");
        }
    }

    private static ConfigurationException missing(String key, String environmentVariable) {
        return new ConfigurationException("Missing required configuration " + key + " (environment variable "
                + environmentVariable + "): Tarjotin cannot check sign-ins without it.");
    }
}
