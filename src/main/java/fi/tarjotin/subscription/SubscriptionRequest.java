package fi.tarjotin.subscription;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * What Power Automate posts when a flow with a trigger is turned on: the callback URL of the flow and
 * the trigger's filters. The event comes from the path or, on the generic address, from the body.
 */
@Serdeable
record SubscriptionRequest(@Nullable String notificationUrl, @Nullable String event, @Nullable String municipality,
                           @Nullable String type) {
}
