package fi.tarjotin.publicsite;

import fi.tarjotin.opportunity.ListingChanged;
import io.micronaut.transaction.annotation.TransactionalEventListener;
import jakarta.inject.Singleton;

/**
 * Empties this instance's rendered public responses when a listing that is or was public changes, once the
 * change is committed (before that, a page rendered again would still show the old state). Other instances
 * keep their copies until the cache time ({@code tarjotin.public-site.cache-seconds}) runs out. Search counts
 * ({@link PublicCounts}) are left to their cache time on purpose: a client paging with {@code count=true}
 * is counted once per filter set, and sees the same total on every page.
 */
@Singleton
class PublicCacheEviction {

    private final PublicResponses responses;

    PublicCacheEviction(PublicResponses responses) {
        this.responses = responses;
    }

    @TransactionalEventListener(TransactionalEventListener.TransactionPhase.AFTER_COMMIT)
    void onListingChanged(ListingChanged change) {
        if (change.isPublic() || change.wasPublic()) {
            responses.forgetAll();
        }
    }
}
