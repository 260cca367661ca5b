package fi.tarjotin.subscription;

import fi.tarjotin.opportunity.ListingChanged;
import fi.tarjotin.opportunity.ListingExpiring;
import fi.tarjotin.opportunity.OpportunityView;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Turns a change of a listing into deliveries for the matching subscriptions. Listens to {@link ListingChanged},
 * which is delivered synchronously inside the transaction of the change, so a notification exists exactly
 * when the change does (a rolled-back change notifies no one); the worker posts it. Only listings that are
 * or were published notify: their content is public.
 */
@Singleton
class Notifications {

    private final SubscriptionStore store;
    private final JsonMapper json;
    private final Clock clock;

    Notifications(SubscriptionStore store, JsonMapper json, Clock clock) {
        this.store = store;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Records a change of a listing in the deliveries of the subscriptions it matches; the change's kind
     * ({@code UPDATED}, {@code PUBLISHED}, {@code CLOSED}, {@code REOPENED}, {@code ARCHIVED}) is the payload's
     * {@code changeType}.
     */
    @EventListener
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void listingChanged(ListingChanged change) {
        boolean nowPublic = change.isPublic();
        boolean wasPublic = change.wasPublic();
        if (!nowPublic && !wasPublic) {
            return;
        }
        OpportunityView after = change.listing();
        String changeType = change.change().name();
        List<String> events = new ArrayList<>(List.of(WebhookEvent.OPPORTUNITY_CHANGED.name()));
        if (nowPublic && !wasPublic) {
            events.add(WebhookEvent.OPPORTUNITY_PUBLISHED.name());
        }
        enqueue(events, changeType, after);
    }

    /**
     * Records the coming end of a published listing (once per listing and end date) in the deliveries of the
     * "about to expire" trigger's subscriptions; the payload's {@code changeType} is {@code EXPIRING}.
     */
    @EventListener
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void listingExpiring(ListingExpiring expiring) {
        enqueue(List.of(WebhookEvent.OPPORTUNITY_EXPIRING.name()), "EXPIRING", expiring.listing());
    }

    private void enqueue(List<String> events, String changeType, OpportunityView after) {
        Instant now = clock.instant();
        ListingNotification.Listing listing = ListingNotification.Listing.of(after);
        List<SubscriptionStore.NewDelivery> deliveries = new ArrayList<>();
        for (SubscriptionStore.Target target : store.matching(events, after.type(), after.municipalityCodes())) {
            UUID key = UUID.randomUUID();
            deliveries.add(new SubscriptionStore.NewDelivery(key, target.subscription(), payload(
                    new ListingNotification(key, target.subscription(), target.event(), changeType, now, listing))));
        }
        if (!deliveries.isEmpty()) {
            store.enqueue(deliveries, now);
        }
    }

    private String payload(ListingNotification notification) {
        try {
            return json.writeValueAsString(notification);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
