package fi.tarjotin.search;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.NIOFSDirectory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The full-text index of listings, in files of a temporary directory (so that it is not heap: the operating
 * system caches what searches read), gone when the service stops. Every change is searchable by any search that
 * starts after the call that made it returns; searches run concurrently with changes. It holds no state the database does not have: it is filled
 * by {@link #replaceAll} at start and kept current by {@link #put} and {@link #remove}.
 */
@Singleton
public class ListingIndex implements AutoCloseable {

    private static final Sort ORDER = new Sort(SortField.FIELD_SCORE,
            new SortField(ListingFields.UPDATED_AT, SortField.Type.LONG, true),
            new SortField(ListingFields.ID_HIGH, SortField.Type.LONG), new SortField(ListingFields.ID_LOW, SortField.Type.LONG));

    /** Heap the writer buffers before it writes a segment: a rebuild of 100,000 listings writes a handful. */
    private static final double RAM_BUFFER_MB = 16;

    /** Counted exactly up to here when no exact total is asked for (Lucene's own default). */
    private static final int ESTIMATED_TOTAL = 1000;

    private final Path folder;
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    /** Changes written, and how many of them the searchers had seen at the last refresh. */
    private final AtomicLong changes = new AtomicLong();
    private volatile long refreshed;

    public ListingIndex() {
        try {
            folder = Files.createTempDirectory("tarjotin-search");
            directory = new NIOFSDirectory(folder);
            IndexWriterConfig config = new IndexWriterConfig(LanguageAnalyzers.forIndex())
                    .setRAMBufferSizeMB(RAM_BUFFER_MB);
            writer = new IndexWriter(directory, config);
            searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds a listing or replaces what the index had for it. */
    public void put(ListingDocument listing) {
        write(() -> writer.updateDocument(idTerm(listing.id()), ListingFields.of(listing)));
    }

    /** Drops a listing (deleted, or no longer to be found by anyone). */
    public void remove(UUID id) {
        write(() -> writer.deleteDocuments(idTerm(id)));
    }

    /** Replaces the whole content at once, as when rebuilding from the database. */
    public void replaceAll(Iterable<ListingDocument> listings) {
        write(() -> {
            writer.deleteAll();
            for (ListingDocument listing : listings) {
                // By id: a change indexed while the rebuild runs must not leave the listing in twice.
                writer.updateDocument(idTerm(listing.id()), ListingFields.of(listing));
            }
        });
        // Made searchable here, in the background, rather than by the first search after it.
        read(searcher -> null);
    }

    /** Whether these words leave anything to match (punctuation alone does not). */
    public static boolean understands(String text) {
        return text != null && !TextQuery.words(text).isEmpty();
    }

    /** How many listings the index holds, whatever their status. */
    public int size() {
        return read(searcher -> searcher.getIndexReader().numDocs());
    }

    /** The bytes the index files take on disk (heap beyond them: the writer's buffer and the searcher's caches). */
    long sizeInBytes() {
        try {
            long bytes = 0;
            for (String file : directory.listAll()) {
                bytes += directory.fileLength(file);
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One page of a search, with its total and the counts asked for. */
    public SearchResult search(SearchRequest request) {
        return read(searcher -> {
            Query typed = TextQuery.of(request.text(), request.language(), new Vocabulary(searcher.getIndexReader()));
            // Rewritten once (typo and compound words looked up in the dictionary) for every pass below.
            Query text = typed == null ? null : searcher.rewrite(typed);
            Query query = FilterQuery.of(text, request.filters(), request.scope(), null);
            // Without a total asked for, hits that cannot reach the page are skipped rather than scored.
            int counted = request.exactTotal() ? Integer.MAX_VALUE : Math.max(request.limit() + 1, ESTIMATED_TOTAL);
            TopFieldCollector top = new TopFieldCollectorManager(ORDER, request.limit(), after(request.after()),
                    counted, false).newCollector();
            searcher.search(query, top);
            // Counting reads every match but scores none: a pass of its own lets the page's pass above skip
            // what cannot reach the page. A dimension with no filter of its own is counted under the whole
            // query; a filtered one without its own filter: "Työkokeilu (12)" says how many listings choosing
            // it would leave, also while another type is chosen.
            Map<Facet, Map<String, Long>> counts = new EnumMap<>(Facet.class);
            Map<Facet, FacetCounter> sameQuery = new EnumMap<>(Facet.class);
            for (Facet facet : request.facets()) {
                if (request.filters().codes(facet).isEmpty()) {
                    sameQuery.put(facet, new FacetCounter(facet));
                } else {
                    FacetCounter counter = new FacetCounter(facet);
                    searcher.search(FilterQuery.of(text, request.filters(), request.scope(), facet), counter);
                    counts.put(facet, counter.counts());
                }
            }
            if (!sameQuery.isEmpty()) {
                searcher.search(query, MultiCollector.wrap(new ArrayList<Collector>(sameQuery.values())));
                for (Map.Entry<Facet, FacetCounter> counter : sameQuery.entrySet()) {
                    counts.put(counter.getKey(), counter.getValue().counts());
                }
            }
            TopFieldDocs page = top.topDocs();
            List<SearchResult.Hit> hits = new ArrayList<>();
            for (var scoreDoc : page.scoreDocs) {
                SearchPosition position = position((FieldDoc) scoreDoc);
                hits.add(new SearchResult.Hit(position.id(), position));
            }
            SearchPosition next = hits.size() == request.limit() && page.totalHits.value > request.limit()
                    ? hits.get(hits.size() - 1).position() : null;
            return new SearchResult(List.copyOf(hits), page.totalHits.value, counts, next);
        });
    }

    private static FieldDoc after(SearchPosition position) {
        if (position == null) {
            return null;
        }
        return new FieldDoc(Integer.MAX_VALUE, position.score(), new Object[] {position.score(),
                position.updatedAtMillis(), position.id().getMostSignificantBits(),
                position.id().getLeastSignificantBits()});
    }

    private static SearchPosition position(FieldDoc doc) {
        return new SearchPosition((Float) doc.fields[0], (Long) doc.fields[1],
                new UUID((Long) doc.fields[2], (Long) doc.fields[3]));
    }

    private static Term idTerm(UUID id) {
        return new Term(ListingFields.ID, id.toString());
    }

    private interface Write {
        void run() throws IOException;
    }

    private interface Read<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    private void write(Write change) {
        try {
            change.run();
            changes.incrementAndGet();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A search first makes every change written before it searchable. Refreshing here rather than after each
     * write keeps the caller's next search seeing its own change, while a burst of writes costs one refresh
     * (one small segment) instead of one each.
     */
    private void refreshIfChanged() throws IOException {
        long written = changes.get();
        if (written != refreshed) {
            searchers.maybeRefreshBlocking();
            refreshed = written;
        }
    }

    private <T> T read(Read<T> reading) {
        try {
            refreshIfChanged();
            IndexSearcher searcher = searchers.acquire();
            try {
                return reading.apply(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    @PreDestroy
    public void close() throws IOException {
        searchers.close();
        writer.close();
        directory.close();
        try (var files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }
}
