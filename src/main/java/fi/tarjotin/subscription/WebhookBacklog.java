package fi.tarjotin.subscription;

import fi.tarjotin.observability.WorkBacklog;
import jakarta.inject.Singleton;

import java.time.Instant;

/** Notifications waiting for a Power Automate flow: pending and due. */
@Singleton
class WebhookBacklog implements WorkBacklog {

    private final SubscriptionStore deliveries;

    WebhookBacklog(SubscriptionStore deliveries) {
        this.deliveries = deliveries;
    }

    @Override
    public String queue() {
        return "webhook-delivery";
    }

    @Override
    public long due(Instant now) {
        return deliveries.due(now);
    }
}
