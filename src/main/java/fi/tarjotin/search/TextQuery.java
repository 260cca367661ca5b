package fi.tarjotin.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The query for the words typed. Every word must match, in any language and any part of the listing: as its
 * stem in a text part (weighted: title above summary above labels and organisation above description), as
 * the head or tail of a compound, or, for words of five letters or more that the index does not hold as typed
 * or as a stem, with one typo. Several words close together in a title, summary or description score extra,
 * and matches in the caller's language weigh more.
 */
final class TextQuery {

    static final int MAX_WORDS = 8;
    private static final int TYPO_MIN_LETTERS = 5;
    private static final int COMPOUND_MIN_STEM = 4;
    private static final int PROXIMITY_SLOP = 4;
    private static final float CALLER_LANGUAGE = 2f;
    private static final float LOOSE = 0.3f;
    /** A municipality's name, as a label: weighed as the labels are. */
    private static final float PLACE = 1.5f;
    private static final Map<String, Float> PART_WEIGHTS = Map.of("title", 4f, "summary", 2f, "labels", 1.5f,
            "organisation", 1.5f, "description", 1f, "requirements", 0.8f);

    private TextQuery() {
    }

    /** The query for these words in this caller's language; {@code null} when no word is left to match. */
    static Query of(String text, SearchLanguage caller, Vocabulary vocabulary) throws IOException {
        List<String> words = words(text);
        if (words.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        List<Map<SearchLanguage, String>> stems = new ArrayList<>();
        for (String word : words) {
            Map<SearchLanguage, String> stemmed = stems(word);
            stems.add(stemmed);
            query.add(word(word, stemmed, caller, vocabulary), Occur.MUST);
        }
        if (words.size() > 1) {
            proximity(stems, caller).forEach(q -> query.add(q, Occur.SHOULD));
        }
        return query.build();
    }

    /** The words of a query, lower-cased, without stop words and repeats, at most {@link #MAX_WORDS}. */
    static List<String> words(String text) {
        Set<String> words = new LinkedHashSet<>();
        try (TokenStream stream = LanguageAnalyzers.typed().tokenStream("", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken() && words.size() < MAX_WORDS) {
                if (!LanguageAnalyzers.isStopWord(term.toString())) {
                    words.add(term.toString());
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(words);
    }

    /**
     * One word: required to match, cheaply and without scoring, somewhere in the listing (any text, as a stem,
     * compound head or tail, typo or place); scored by the parts it is found in as a whole stem. A search reads
     * the match for every listing, the score only for those that can still reach the page, and counts per
     * filter value read the match alone.
     */
    private static Query word(String word, Map<SearchLanguage, String> stems, SearchLanguage caller,
                              Vocabulary vocabulary) throws IOException {
        List<Query> match = new ArrayList<>();
        List<Query> scored = new ArrayList<>();
        String typed = analyse(LanguageAnalyzers.unstemmed(), word);
        if (typed != null) {
            Query place = new TermQuery(new Term(ListingFields.PLACES, typed));
            match.add(place);
            scored.add(new BoostQuery(place, PLACE));
        }
        // Building a typo's automaton costs more than the rest of the query: it is built only for a word that
        // the index holds neither as typed nor as a stem, which a correctly spelt word almost always is.
        boolean typo = word.length() >= TYPO_MIN_LETTERS && typed != null && !known(typed, stems, vocabulary);
        if (typo) {
            match.add(new FuzzyQuery(new Term(ListingFields.WORDS, typed), 1, 1));
        }
        stems.forEach((language, stem) -> {
            float weight = language == caller ? CALLER_LANGUAGE : 1f;
            PART_WEIGHTS.forEach((part, partWeight) -> scored.add(new BoostQuery(
                    new TermQuery(new Term(ListingFields.text(part, language), stem)), partWeight * weight)));
            // The field of all parts holds every part's words: its prefix match covers the whole stem too.
            if (stem.length() >= COMPOUND_MIN_STEM) {
                match.add(new PrefixQuery(new Term(ListingFields.all(language), stem)));
                String reversed = new StringBuilder(stem).reverse().toString();
                match.add(new PrefixQuery(new Term(ListingFields.allReversed(language), reversed)));
            } else {
                match.add(new TermQuery(new Term(ListingFields.all(language), stem)));
            }
            if (typo) {
                match.add(new FuzzyQuery(new Term(ListingFields.all(language), stem), 1, 1));
            }
        });
        BooleanQuery.Builder anywhere = new BooleanQuery.Builder();
        match.forEach(q -> anywhere.add(q, Occur.SHOULD));
        return new BooleanQuery.Builder()
                .add(new BoostQuery(new ConstantScoreQuery(anywhere.build()), LOOSE), Occur.MUST)
                .add(new DisjunctionMaxQuery(scored, 0.1f), Occur.SHOULD)
                .build();
    }

    /** Whether the index holds the word as typed, as a place, or a stem of it alone or within a compound. */
    private static boolean known(String typed, Map<SearchLanguage, String> stems, Vocabulary vocabulary)
            throws IOException {
        if (vocabulary.holds(ListingFields.WORDS, typed) || vocabulary.holds(ListingFields.PLACES, typed)) {
            return true;
        }
        for (Map.Entry<SearchLanguage, String> stem : stems.entrySet()) {
            String field = ListingFields.all(stem.getKey());
            if (stem.getValue().length() < COMPOUND_MIN_STEM) {
                if (vocabulary.holds(field, stem.getValue())) {
                    return true;
                }
                continue;
            }
            String reversed = new StringBuilder(stem.getValue()).reverse().toString();
            if (vocabulary.holdsStart(field, stem.getValue())
                    || vocabulary.holdsStart(ListingFields.allReversed(stem.getKey()), reversed)) {
                return true;
            }
        }
        return false;
    }

    private static List<Query> proximity(List<Map<SearchLanguage, String>> stems, SearchLanguage caller) {
        List<Query> near = new ArrayList<>();
        for (SearchLanguage language : SearchLanguage.values()) {
            if (!stems.stream().allMatch(s -> s.containsKey(language))) {
                continue;
            }
            for (String part : ListingFields.PHRASE_PARTS) {
                PhraseQuery.Builder phrase = new PhraseQuery.Builder().setSlop(PROXIMITY_SLOP);
                stems.forEach(s -> phrase.add(new Term(ListingFields.text(part, language), s.get(language))));
                float weight = PART_WEIGHTS.get(part) * (language == caller ? CALLER_LANGUAGE : 1f);
                near.add(new BoostQuery(phrase.build(), weight));
            }
        }
        return near;
    }

    /** The word stemmed by each language's analysis; a language in which it is no word is left out. */
    private static Map<SearchLanguage, String> stems(String word) {
        Map<SearchLanguage, String> stems = new EnumMap<>(SearchLanguage.class);
        for (SearchLanguage language : SearchLanguage.values()) {
            String stem = analyse(LanguageAnalyzers.of(language), word);
            if (stem != null) {
                stems.put(language, stem);
            }
        }
        return stems;
    }

    private static String analyse(Analyzer analyzer, String word) {
        try (TokenStream stream = analyzer.tokenStream("", word)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            String first = stream.incrementToken() ? term.toString() : null;
            stream.end();
            return first;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
