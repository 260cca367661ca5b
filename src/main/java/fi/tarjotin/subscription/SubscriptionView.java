package fi.tarjotin.subscription;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

/**
 * A subscription as the API shows it. The callback URL itself is a secret of the flow (it carries a
 * signature), so only its host is shown.
 */
@Serdeable
record SubscriptionView(UUID id, String event, @Nullable String municipality, @Nullable String type, String status,
                        String callbackHost, UUID ownerOid, UUID ownerTenantId, @Nullable String ownerName,
                        int consecutiveFailures, @Nullable String lastError, Instant createdAt,
                        @Nullable Instant disabledAt) {

    static SubscriptionView of(Subscription s) {
        return new SubscriptionView(s.id(), s.event(), s.municipalityCode(), s.type(), s.status(), s.callbackHost(),
                s.ownerOid(), s.ownerTenantId(), s.ownerName(), s.consecutiveFailures(), s.lastError(), s.createdAt(),
                s.disabledAt());
    }
}
