package fi.tarjotin.subscription;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;

import java.time.Instant;
import java.util.UUID;

/** A webhook subscription of a Power Automate trigger: the event, its filters, and where to post. */
@MappedEntity("webhook_subscription")
record Subscription(
        @Id UUID id,
        @Version Long version,
        String event,
        String callbackUrl,
        String callbackHost,
        @Nullable String municipalityCode,
        @Nullable String type,
        UUID ownerTenantId,
        UUID ownerOid,
        @Nullable String ownerName,
        String status,
        int consecutiveFailures,
        @Nullable String lastError,
        Instant createdAt,
        @Nullable Instant disabledAt) {

    static final String ACTIVE = "ACTIVE";
    static final String DISABLED = "DISABLED";
}
