package fi.tarjotin.subscription;

import fi.tarjotin.opportunity.ListingChanged;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.core.order.Ordered;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.util.concurrent.atomic.AtomicLong;

/**
 * A listener that fails the publication of a listing with the title {@link #TITLE}, after every other listener
 * ran: it notes how many deliveries the change's transaction holds at that moment, then throws, so that a
 * test can see the deliveries written in the transaction and gone with its rollback.
 */
@Singleton
@Requires(property = FailingListingListener.ENABLED, value = "true")
class FailingListingListener implements ApplicationEventListener<ListingChanged>, Ordered {

    static final String ENABLED = "tarjotin.test.failing-listing-listener";
    static final String TITLE = "Julkaisu, joka ei onnistu";

    final AtomicLong deliveriesSeen = new AtomicLong(-1);
    private final JdbcOperations jdbc;

    FailingListingListener(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void onApplicationEvent(ListingChanged change) {
        if (change.change() != ListingChanged.Change.PUBLISHED || !TITLE.equals(change.listing().title().fi())) {
            return;
        }
        deliveriesSeen.set(jdbc.execute(c -> {
            try (var count = c.prepareStatement("SELECT COUNT(*) FROM webhook_delivery WHERE payload LIKE ?")) {
                count.setString(1, "%" + change.id() + "%");
                try (var rows = count.executeQuery()) {
                    rows.next();
                    return rows.getLong(1);
                }
            }
        }));
        throw new IllegalStateException("a listener failed after the deliveries were written");
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
