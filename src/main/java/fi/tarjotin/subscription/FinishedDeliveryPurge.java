package fi.tarjotin.subscription;

import fi.tarjotin.work.ScheduledJob;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.time.Instant;

/** Hourly, on one instance: removes finished notifications older than {@code tarjotin.webhooks.keep-finished}. */
@Singleton
class FinishedDeliveryPurge implements ScheduledJob {

    private final SubscriptionStore deliveries;
    private final WebhookSettings settings;

    FinishedDeliveryPurge(SubscriptionStore deliveries, WebhookSettings settings) {
        this.deliveries = deliveries;
        this.settings = settings;
    }

    @Override
    public String name() {
        return "webhook-delivery-purge";
    }

    @Override
    public Duration interval() {
        return Duration.ofHours(1);
    }

    @Override
    public void run(Instant now) {
        deliveries.purgeFinished(now.minus(settings.getKeepFinished()));
    }
}
