package fi.tarjotin.opportunity;

import fi.tarjotin.support.TestClock;
import fi.tarjotin.support.TestEnvironment;
import fi.tarjotin.work.WorkEngine;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The record of deleted listings, which other instances' search indexes read, is kept for a day and then
 * forgotten by the engine's hourly job. The ticker is off: the test moves the service's clock.
 */
@MicronautTest(transactional = false)
class DeletedListingPurgeTest extends TestEnvironment {

    @Inject
    DeletedListingStore deletions;
    @Inject
    TestClock clock;
    @Inject
    WorkEngine engine;

    @Test
    void aDeletionIsKeptForADayThenForgotten() {
        UUID older = UUID.randomUUID();
        UUID newer = UUID.randomUUID();
        deletions.record(older, clock.instant());
        engine.runDueJobs();   // the job is new: it first runs an hour on
        clock.advance(Duration.ofHours(12));
        deletions.record(newer, clock.instant());

        clock.advance(Duration.ofHours(13));
        engine.runDueJobs();

        assertEquals(List.of(newer), deletions.deletedSince(Instant.EPOCH).stream()
                .map(ListingDocumentQueries.Change::id).toList());
    }
}
