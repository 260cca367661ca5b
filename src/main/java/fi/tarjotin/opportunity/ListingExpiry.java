package fi.tarjotin.opportunity;

import fi.tarjotin.work.ScheduledJob;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventPublisher;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The daily end-of-validity round: closes published listings whose last valid day ({@code validTo}) has passed,
 * as an editor's close would (version, audit row, change notification), and reminds, once per listing and end
 * date, of those ending within {@code tarjotin.expiry.remind-days}. A job of the background-work engine, so it
 * runs on one instance; a fresh deployment runs it at once.
 */
@Singleton
public class ListingExpiry implements ScheduledJob {

    /** Listings are North Karelian: a day ends at midnight in Finland, not in UTC. */
    static final ZoneId CATALOGUE_ZONE = ZoneId.of("Europe/Helsinki");

    private static final Logger LOG = LoggerFactory.getLogger(ListingExpiry.class);

    private final ExpiryStore store;
    private final OpportunityLifecycle lifecycle;
    private final OpportunityRepository repository;
    private final OpportunityLinkStore links;
    private final ListingWrites writes;
    private final ApplicationEventPublisher<ListingExpiring> reminders;
    private final int remindDays;

    ListingExpiry(ExpiryStore store, OpportunityLifecycle lifecycle, OpportunityRepository repository,
                  OpportunityLinkStore links, ListingWrites writes, ApplicationEventPublisher<ListingExpiring> reminders,
                  @Value("${tarjotin.expiry.remind-days:14}") int remindDays) {
        this.store = store;
        this.lifecycle = lifecycle;
        this.repository = repository;
        this.links = links;
        this.writes = writes;
        this.reminders = reminders;
        this.remindDays = remindDays;
    }

    @Override
    public String name() {
        return "listing-expiry";
    }

    @Override
    public Duration interval() {
        return Duration.ofDays(1);
    }

    /** Listings past their end date should not wait a day after a deployment to be closed. */
    @Override
    public Duration firstRunDelay() {
        return Duration.ZERO;
    }

    @Override
    public void run(Instant now) {
        LocalDate today = LocalDate.ofInstant(now, CATALOGUE_ZONE);
        int closed = 0;
        for (var id : store.publishedEndedBefore(today)) {
            closed += lifecycle.expire(id, today) ? 1 : 0;
        }
        int reminded = 0;
        for (ExpiryStore.Ending ending : store.publishedEndingUnreminded(today, today.plusDays(remindDays))) {
            reminded += remind(ending, now) ? 1 : 0;
        }
        if (closed + reminded > 0) {
            LOG.info("Closed {} listings past their end date; reminded of {} ending within {} days", closed, reminded,
                    remindDays);
        }
    }

    /** Records the reminder and publishes it in one transaction: a trigger hears of each end date once. */
    private boolean remind(ExpiryStore.Ending ending, Instant now) {
        return writes.inTransaction(() -> {
            Opportunity listing = repository.findById(ending.id()).orElse(null);
            if (listing == null || listing.status() != OpportunityStatus.PUBLISHED
                    || !ending.validTo().equals(listing.validTo()) || !store.remember(ending, now)) {
                return false;
            }
            OpportunityView view = OpportunityMapper.toView(listing, links.read(listing.id()),
                    writes.organisationName(listing.organisationId()));
            reminders.publishEvent(new ListingExpiring(view, ending.validTo(), now));
            return true;
        });
    }
}
