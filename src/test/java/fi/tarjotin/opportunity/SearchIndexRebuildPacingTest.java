package fi.tarjotin.opportunity;

import fi.tarjotin.support.TestEnvironment;
import fi.tarjotin.synthetic.SyntheticCatalogue;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The rebuild that every start runs in the background keeps to its share of a processor
 * ({@code tarjotin.search.rebuild-share}), so that a small container's first requests keep the rest.
 */
@MicronautTest(transactional = false)
@Property(name = "tarjotin.search.refresh-interval", value = "1h")
@Property(name = "tarjotin.search.rebuild-share", value = "0.25")
class SearchIndexRebuildPacingTest extends TestEnvironment {

    @Inject
    SyntheticCatalogue catalogue;
    @Inject
    SearchIndexing indexing;

    @Test
    void aRebuildInTheBackgroundRestsThreeTimesAsLongAsItWorksOnTheListings() {
        indexing.rebuildInBackground().join(); // the one the start began, on the empty catalogue
        catalogue.seed(1_000, 7);

        indexing.rebuildInBackground().join();

        SearchIndexing.Rebuilt rebuilt = indexing.lastRebuild();
        assertEquals(1_000, rebuilt.listings());
        assertTrue(!rebuilt.processor().isZero() && !rebuilt.processor().isNegative(), "the rebuild's processor time is measured: " + rebuilt);
        // Three times each batch's work; the work before the first batch and after the last is not paced.
        assertTrue(rebuilt.rested().compareTo(rebuilt.processor()) > 0, "it rests: " + rebuilt);
    }
}
