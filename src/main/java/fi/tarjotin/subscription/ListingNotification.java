package fi.tarjotin.subscription;

import fi.tarjotin.common.LocalisedText;
import fi.tarjotin.opportunity.OpportunityView;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What a trigger receives: the event, what happened, and the public part of the listing. Contact
 * details are left out; a flow that needs them reads the listing. {@code deliveryId} is the same on
 * every retry of one notification, so a flow can recognise a repeat (delivery is at least once).
 */
@Serdeable
record ListingNotification(UUID deliveryId, UUID subscriptionId, String event, String changeType,
                           Instant occurredAt, Listing opportunity) {

    /** The public summary of the listing after the change. */
    @Serdeable
    record Listing(UUID id, long version, String status, String type, LocalisedText title,
                   @Nullable LocalisedText summary, UUID organisationId, @Nullable String organisationName,
                   List<String> municipalityCodes, List<String> targetGroups, List<String> languages,
                   String deliveryMode, @Nullable LocalDate validFrom, @Nullable LocalDate validTo,
                   @Nullable LocalDate applicationDeadline, @Nullable Integer capacityAvailable, Instant updatedAt,
                   @Nullable Instant publishedAt) {

        static Listing of(OpportunityView v) {
            return new Listing(v.id(), v.version(), v.status().name(), v.type(), v.title(), v.summary(),
                    v.organisationId(), v.organisationName(), v.municipalityCodes(), v.targetGroups(), v.languages(),
                    v.deliveryMode(), v.validFrom(), v.validTo(), v.applicationDeadline(), v.capacityAvailable(),
                    v.updatedAt(), v.publishedAt());
        }
    }
}
