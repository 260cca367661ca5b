package fi.tarjotin.opportunity;

import fi.tarjotin.work.ScheduledJob;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.time.Instant;

/**
 * Hourly, on one instance: forgets deletions older than a day. Every running instance has read them within
 * seconds; an instance that starts later builds its index from the database and never needs them.
 */
@Singleton
class DeletedListingPurge implements ScheduledJob {

    static final Duration KEPT = Duration.ofDays(1);

    private final DeletedListingStore deletions;

    DeletedListingPurge(DeletedListingStore deletions) {
        this.deletions = deletions;
    }

    @Override
    public String name() {
        return "deleted-listing-purge";
    }

    @Override
    public Duration interval() {
        return Duration.ofHours(1);
    }

    @Override
    public void run(Instant now) {
        deletions.forgetBefore(now.minus(KEPT));
    }
}
