package fi.tarjotin.search;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;

import java.io.IOException;

/**
 * The words an index holds, looked up in its term dictionaries (a seek per segment, no postings read). A query
 * word the index holds, alone or as the head or tail of a compound, is no typo: the typo query, whose automaton
 * costs more to build than the rest of a search, is left out for it.
 */
class Vocabulary {

    private final IndexReader reader;

    Vocabulary(IndexReader reader) {
        this.reader = reader;
    }

    /** Whether some listing has a term of this field that starts with {@code start} (or is it). */
    boolean holdsStart(String field, String start) throws IOException {
        BytesRef prefix = new BytesRef(start);
        for (LeafReaderContext leaf : reader.leaves()) {
            Terms terms = leaf.reader().terms(field);
            if (terms == null) {
                continue;
            }
            TermsEnum dictionary = terms.iterator();
            TermsEnum.SeekStatus found = dictionary.seekCeil(prefix);
            if (found == TermsEnum.SeekStatus.FOUND
                    || found == TermsEnum.SeekStatus.NOT_FOUND && StringHelper.startsWith(dictionary.term(), prefix)) {
                return true;
            }
        }
        return false;
    }

    /** Whether some listing has exactly this term. */
    boolean holds(String field, String term) throws IOException {
        return reader.docFreq(new Term(field, term)) > 0;
    }
}
