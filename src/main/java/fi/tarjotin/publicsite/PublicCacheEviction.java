package fi.tarjotin.publicsite;

import fi.tarjotin.opportunity.ListingChanged;
import io.micronaut.transaction.annotation.TransactionalEventListener;
import jakarta.inject.Singleton;

/**
 * Empties this instance's public caches when a listing that is or was public changes, once the change is
 * committed (before that, a page rendered again would still show the old state). Other instances keep
 * their copies until the cache time ({@code tarjotin.public-site.cache-seconds}) runs out.
 */
@Singleton
class PublicCacheEviction {

    private final PublicResponses responses;
    private final PublicCounts counts;

    PublicCacheEviction(PublicResponses responses, PublicCounts counts) {
        this.responses = responses;
        this.counts = counts;
    }

    @TransactionalEventListener(TransactionalEventListener.TransactionPhase.AFTER_COMMIT)
    void onListingChanged(ListingChanged change) {
        if (change.isPublic() || change.wasPublic()) {
            responses.forgetAll();
            counts.forgetAll();
        }
    }
}
