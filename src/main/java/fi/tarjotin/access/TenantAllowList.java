package fi.tarjotin.access;

import io.micronaut.transaction.annotation.TransactionalEventListener;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Tenants whose users may sign in: the home tenant, configured additional tenants and the tenants of
 * onboarded municipalities (read from the database and kept for a short while; reread at once when this
 * instance changes a municipality's sign-in).
 */
@Singleton
class TenantAllowList {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(TenantAllowList.class);
    private static final Duration MUNICIPALITY_TENANTS_TTL = Duration.ofSeconds(30);

    private final Set<String> configured;
    private final MunicipalityDirectory municipalities;
    private final Clock clock;
    private volatile Set<String> municipalityTenants = Set.of();
    private volatile Instant loadedAt = Instant.EPOCH;

    TenantAllowList(EntraProperties entra, MunicipalityDirectory municipalities, Clock clock) {
        this.municipalities = municipalities;
        this.clock = clock;
        Set<String> tenants = new HashSet<>();
        tenants.add(normalise(entra.getHomeTenantId()));
        entra.getAdditionalTenantIds().forEach(t -> tenants.add(normalise(t)));
        this.configured = Set.copyOf(tenants);
    }

    boolean allows(String tenantId) {
        String tenant = normalise(tenantId);
        return configured.contains(tenant) || municipalityTenants().contains(tenant);
    }

    /** Whether {@link #allows} can answer from memory, without reading the database. */
    boolean answersFromMemory(String tenantId) {
        return configured.contains(normalise(tenantId)) || !isStale();
    }

    /** A deactivated municipality's tenant stops signing in as soon as the change is committed. */
    @TransactionalEventListener(TransactionalEventListener.TransactionPhase.AFTER_COMMIT)
    void onSignInChanged(MunicipalitySignInChanged change) {
        reload(true);
    }

    private Set<String> municipalityTenants() {
        if (isStale()) {
            reload(false);
        }
        return municipalityTenants;
    }

    private boolean isStale() {
        return clock.instant().isAfter(loadedAt.plus(MUNICIPALITY_TENANTS_TTL));
    }

    // One load at a time, so that a load begun before a change cannot overwrite the one made after it.
    private synchronized void reload(boolean force) {
        if (!force && !isStale()) {
            return;
        }
        try {
            municipalityTenants = load();
            loadedAt = clock.instant();
        } catch (RuntimeException databaseUnavailable) {
            // Keep the last known tenants: a database outage must not turn every caller into a 401. A change
            // that could not be read yet is read again by the next request.
            LOG.warn("Could not refresh the municipalities' sign-in tenants: {}",
                    databaseUnavailable.getClass().getSimpleName());
            loadedAt = force ? Instant.EPOCH : clock.instant();
        }
    }

    private Set<String> load() {
        return municipalities.signInTenants().stream().map(TenantAllowList::normalise)
                .collect(Collectors.toUnmodifiableSet());
    }

    private static String normalise(String tenantId) {
        return tenantId == null ? "" : tenantId.trim().toLowerCase(Locale.ROOT);
    }
}
