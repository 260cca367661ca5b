package fi.tarjotin.subscription;

import java.util.Arrays;
import java.util.Optional;

/** What a Power Automate trigger can wait for. */
public enum WebhookEvent {
    /** A listing became visible to job seekers: published, or reopened after being closed. */
    OPPORTUNITY_PUBLISHED,
    /** Anything changed in a listing that is or was published: content, status, publication. */
    OPPORTUNITY_CHANGED,
    /** A published listing reaches its last valid day within the configured days (once per end date). */
    OPPORTUNITY_EXPIRING;

    static Optional<WebhookEvent> parse(String text) {
        return Arrays.stream(values()).filter(e -> e.name().equals(text)).findFirst();
    }
}
