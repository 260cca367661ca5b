package fi.tarjotin.search;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts, for one dimension, how many matching listings carry each code. A listing with two codes of the
 * dimension (two target groups) counts once under each.
 */
final class FacetCounter extends SimpleCollector {

    private final Facet facet;
    private final Map<String, Long> counts = new TreeMap<>();
    private SortedSetDocValues values;
    private LeafReaderContext leaf;
    private long[] leafCounts;

    FacetCounter(Facet facet) {
        this.facet = facet;
    }

    /** The code counts, once the search is over. */
    Map<String, Long> counts() throws IOException {
        finishLeaf();
        return counts;
    }

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
        finishLeaf();
        leaf = context;
        values = DocValues.getSortedSet(context.reader(), facet.field());
        leafCounts = new long[(int) values.getValueCount()];
    }

    @Override
    public void collect(int doc) throws IOException {
        if (values.advanceExact(doc)) {
            for (int i = 0; i < values.docValueCount(); i++) {
                leafCounts[(int) values.nextOrd()]++;
            }
        }
    }

    /** Segment ordinals differ from segment to segment: each segment's counts are turned into codes at its end. */
    private void finishLeaf() throws IOException {
        if (leaf == null) {
            return;
        }
        SortedSetDocValues lookup = DocValues.getSortedSet(leaf.reader(), facet.field());
        for (int ord = 0; ord < leafCounts.length; ord++) {
            if (leafCounts[ord] > 0) {
                counts.merge(lookup.lookupOrd(ord).utf8ToString(), leafCounts[ord], Long::sum);
            }
        }
        leaf = null;
    }

    @Override
    public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE_NO_SCORES;
    }
}
