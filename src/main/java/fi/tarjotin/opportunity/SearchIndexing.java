package fi.tarjotin.opportunity;

import fi.tarjotin.search.ListingDocument;
import fi.tarjotin.search.ListingIndex;
import fi.tarjotin.work.Pacing;
import io.micronaut.context.annotation.Value;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.TransactionalEventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

/**
 * Keeps the search index equal to the database on every instance. At start, and after any failure, the index
 * rebuilds from the database in the background (start-up does not wait; meanwhile the database search serves).
 * A change committed on this instance is indexed at once (after commit); changes committed on other instances
 * are read from the listings' {@code updated_at} every {@code tarjotin.search.refresh-interval}, re-reading a
 * few seconds back so that a transaction committed late with an earlier time is not missed.
 */
@Singleton
public class SearchIndexing {

    /** What each poll reads again behind the latest change seen: longer than any listing write takes. */
    static final Duration OVERLAP = Duration.ofSeconds(5);
    private static final Logger LOG = LoggerFactory.getLogger(SearchIndexing.class);
    /** Listings indexed between two looks at the processor time used. */
    private static final int BATCH = 200;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final double rebuildShare;
    private final DeletedListingStore deletions;

    private final ListingIndex index;
    private final ListingDocumentQueries documents;
    private final Clock clock;
    /** The rebuild running or last run: one at a time. */
    private final AtomicReference<CompletableFuture<Void>> building =
            new AtomicReference<>(CompletableFuture.completedFuture(null));
    private volatile Rebuilt lastRebuild;
    private volatile boolean serving;
    private volatile boolean ready;
    private volatile Instant seen;
    private volatile Instant lastRefresh;
    /**
     * The change time of each listing indexed within the overlap: a poll skips what it already holds, because
     * indexing a listing again, even unchanged, moves every score a little and with them the relevance cursors.
     */
    private final Map<UUID, Instant> recent = new ConcurrentHashMap<>();
    /** The deletions within the overlap already applied, with their times: each is applied once. */
    private final Map<UUID, Instant> removed = new ConcurrentHashMap<>();
    /** The organisation changes within the overlap already applied to their listings. */
    private final Map<UUID, Instant> organisations = new ConcurrentHashMap<>();

    SearchIndexing(ListingIndex index, ListingDocumentQueries documents, DeletedListingStore deletions,
                   Clock clock,
                   @Value("${tarjotin.search.rebuild-share:0.25}") double rebuildShare) {
        this.rebuildShare = rebuildShare;
        this.deletions = deletions;
        this.index = index;
        this.documents = documents;
        this.clock = clock;
    }

    /** What a rebuild indexed, the processor time it worked and the time it rested to keep to its share. */
    record Rebuilt(int listings, Duration processor, Duration rested) {
    }

    /** Whether the index holds the whole catalogue and may answer searches. */
    public boolean ready() {
        return ready;
    }

    /** The last rebuild that finished, or {@code null} before the first. */
    Rebuilt lastRebuild() {
        return lastRebuild;
    }

    /** When the index last caught up with the database, or {@code null} before it first did. */
    Instant lastRefresh() {
        return lastRefresh;
    }

    /**
     * The first rebuild begins once the server listens, not while it starts: a start does nothing the first
     * request does not need (the database search answers until the index is ready).
     */
    @EventListener
    void onServerStarted(ServerStartupEvent event) {
        serving = true;
        rebuildInBackground();
    }

    @TransactionalEventListener(TransactionalEventListener.TransactionPhase.AFTER_COMMIT)
    void onListingChanged(ListingChanged change) {
        try {
            if (change.change() == ListingChanged.Change.DELETED) {
                index.remove(change.id());
            } else {
                documents.byId(change.id()).forEach(this::put);
            }
        } catch (RuntimeException e) {
            // The next poll re-reads the change; a broken index rebuilds there.
            LOG.warn("Indexing a listing change failed: {}", e.getClass().getSimpleName());
        }
    }

    @Scheduled(fixedDelay = "${tarjotin.search.refresh-interval:1s}")
    void poll() {
        if (!ready) {
            if (serving) {
                rebuildInBackground();
            }
            return;
        }
        try {
            refresh();
        } catch (RuntimeException e) {
            LOG.warn("Refreshing the search index failed, rebuilding it: {}", e.getClass().getSimpleName());
            ready = false;
            rebuildInBackground();
        }
    }

    /** Reads the changes since the last one seen (less the overlap) and indexes them. */
    synchronized void refresh() {
        Instant from = seen == null ? Instant.EPOCH : seen.minus(OVERLAP);
        Instant started = clock.instant();
        List<ListingDocumentQueries.Change> changes = documents.changedSince(from);
        // Only ids and times are read for the whole overlap; whole listings only for what the index lacks.
        List<UUID> missing = changes.stream().filter(c -> !c.updatedAt().equals(recent.get(c.id())))
                .map(ListingDocumentQueries.Change::id).toList();
        documents.byIds(missing).forEach(this::put);
        // An organisation's name is part of each of its listings in the index: a change re-indexes them.
        for (ListingDocumentQueries.Change organisation : documents.organisationsChangedSince(from)) {
            if (!organisation.updatedAt().equals(organisations.put(organisation.id(), organisation.updatedAt()))) {
                documents.byOrganisation(organisation.id()).forEach(this::put);
            }
        }
        // A listing deleted on another instance: its row is gone, only the record of its deletion is left.
        for (ListingDocumentQueries.Change deleted : deletions.deletedSince(from)) {
            if (removed.put(deleted.id(), deleted.updatedAt()) == null) {
                index.remove(deleted.id());
            }
        }
        for (ListingDocumentQueries.Change change : changes) {
            if (seen == null || change.updatedAt().isAfter(seen)) {
                seen = change.updatedAt();
            }
        }
        Instant forgotten = from.minus(OVERLAP);
        recent.values().removeIf(at -> at.isBefore(forgotten));
        removed.values().removeIf(at -> at.isBefore(forgotten));
        organisations.values().removeIf(at -> at.isBefore(forgotten));
        lastRefresh = started;
    }

    private void put(ListingDocument listing) {
        index.put(listing);
        recent.put(listing.id(), listing.updatedAt());
    }

    /**
     * Rebuilds the whole index from the database, then catches up with what changed meanwhile. The rebuild
     * works at most {@code tarjotin.search.rebuild-share} of one processor: at a cold start it would otherwise
     * take a small container's whole processor for as long as it runs, while the first requests wait (the
     * database search answers text searches meanwhile).
     */
    synchronized void rebuild() {
        Instant latest = documents.latestChange();
        long processorAtStart = THREADS.getCurrentThreadCpuTime();
        AtomicLong rested = new AtomicLong();
        Pacing pacing = new Pacing(rebuildShare, THREADS::getCurrentThreadCpuTime, nanos -> {
            rested.addAndGet(nanos);
            LockSupport.parkNanos(nanos);
        });
        documents.all(listings -> index.replaceAll(paced(listings, pacing)));
        recent.clear();
        removed.clear();
        organisations.clear();
        seen = latest;
        refresh();
        ready = true;
        Rebuilt rebuilt = new Rebuilt(index.size(), Duration.ofNanos(THREADS.getCurrentThreadCpuTime() - processorAtStart),
                Duration.ofNanos(rested.get()));
        lastRebuild = rebuilt;
        LOG.info("Search index built: {} listings, {} ms of processor time, {} ms rested", rebuilt.listings(),
                rebuilt.processor().toMillis(), rebuilt.rested().toMillis());
    }

    /** The listings, with a rest after every {@link #BATCH} of them as the pacing requires. */
    private static Iterable<ListingDocument> paced(Iterable<ListingDocument> listings, Pacing pacing) {
        return () -> new Iterator<>() {
            private final Iterator<ListingDocument> rows = listings.iterator();
            private int count;

            @Override
            public boolean hasNext() {
                return rows.hasNext();
            }

            @Override
            public ListingDocument next() {
                if (++count % BATCH == 0) {
                    try {
                        pacing.afterBatch();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                return rows.next();
            }
        };
    }

    /** Forgets the index's content, as if it were lost: searches fall back until the next poll rebuilds it. */
    synchronized void forget() {
        ready = false;
        index.replaceAll(List.of());
    }

    /**
     * Starts a rebuild unless one runs; returns the one that runs. It runs on a platform thread of its own:
     * the pacing measures the thread's processor time, which the JVM does not measure for a virtual thread
     * (those of the blocking executor), and a rebuild of a minute would hold one of their few carriers.
     */
    CompletableFuture<Void> rebuildInBackground() {
        CompletableFuture<Void> current = building.get();
        CompletableFuture<Void> next = new CompletableFuture<>();
        if (!current.isDone() || !building.compareAndSet(current, next)) {
            return building.get();
        }
        Thread thread = new Thread(() -> {
            try {
                rebuild();
            } catch (RuntimeException e) {
                LOG.warn("Building the search index failed; the next poll tries again: {}",
                        e.getClass().getSimpleName());
            } finally {
                next.complete(null);
            }
        }, "search-index-rebuild");
        thread.setDaemon(true);
        thread.start();
        return next;
    }
}
