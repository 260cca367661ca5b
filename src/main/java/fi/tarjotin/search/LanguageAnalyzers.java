package fi.tarjotin.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.fi.FinnishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.reverse.ReverseStringFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * The text analysis of each language: standard tokens, lower case, stop words, the language's Snowball stemmer,
 * then ASCII folding (ä → a, ö → o, å → a, é → e), so that a word typed without its dots stems to the same
 * term. Folding comes after the stemmer because the Finnish stemmer reads vowel harmony from ä and ö. Finnish
 * then evens out what its stemmer leaves apart ({@link FinnishStemFilter}). The reversed variant feeds the
 * field that finds a word at the end of a compound (keittiö in koulukeittiössä); the unstemmed one, the field
 * where a typo is forgiven in the word as typed.
 */
final class LanguageAnalyzers {

    private static final Map<SearchLanguage, Analyzer> PLAIN = new EnumMap<>(SearchLanguage.class);
    private static final Map<SearchLanguage, Analyzer> REVERSED = new EnumMap<>(SearchLanguage.class);
    private static final Analyzer UNSTEMMED = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            return new TokenStreamComponents(source, new ASCIIFoldingFilter(new LowerCaseFilter(source)));
        }
    };

    private static final Analyzer TYPED = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            return new TokenStreamComponents(source, new LowerCaseFilter(source));
        }
    };

    static {
        for (SearchLanguage language : SearchLanguage.values()) {
            PLAIN.put(language, analyzer(language, false));
            REVERSED.put(language, analyzer(language, true));
        }
    }

    private LanguageAnalyzers() {
    }

    /** The analyzer for text in one language, at index and at query time alike. */
    static Analyzer of(SearchLanguage language) {
        return PLAIN.get(language);
    }

    /** Words as typed, only lower-cased and folded. */
    static Analyzer unstemmed() {
        return UNSTEMMED;
    }

    /** The words of a query as typed, only lower-cased: each is then analysed by every language. */
    static Analyzer typed() {
        return TYPED;
    }

    /** What the index writer uses: each text field analysed by its language; code fields are not analysed. */
    static Analyzer forIndex() {
        Map<String, Analyzer> fields = new HashMap<>();
        for (SearchLanguage language : SearchLanguage.values()) {
            for (String part : ListingFields.TEXT_PARTS) {
                fields.put(ListingFields.text(part, language), PLAIN.get(language));
            }
            fields.put(ListingFields.all(language), PLAIN.get(language));
            fields.put(ListingFields.allReversed(language), REVERSED.get(language));
        }
        fields.put(ListingFields.WORDS, UNSTEMMED);
        fields.put(ListingFields.PLACES, UNSTEMMED);
        return new PerFieldAnalyzerWrapper(PLAIN.get(SearchLanguage.FI), fields);
    }

    private static Analyzer analyzer(SearchLanguage language, boolean reversed) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream stream = new LowerCaseFilter(source);
                stream = new StopFilter(stream, stopWords(language));
                stream = new SnowballFilter(stream, stemmer(language));
                stream = new ASCIIFoldingFilter(stream);
                if (language == SearchLanguage.FI) {
                    stream = new FinnishStemFilter(stream);
                }
                if (reversed) {
                    stream = new ReverseStringFilter(stream);
                }
                return new TokenStreamComponents(source, stream);
            }
        };
    }

    /** Whether a lower-cased word is a stop word in any language: such a word is not required to match. */
    static boolean isStopWord(String word) {
        for (SearchLanguage language : SearchLanguage.values()) {
            if (stopWords(language).contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static CharArraySet stopWords(SearchLanguage language) {
        return switch (language) {
            case FI -> FinnishAnalyzer.getDefaultStopSet();
            case SV -> SwedishAnalyzer.getDefaultStopSet();
            case EN -> EnglishAnalyzer.getDefaultStopSet();
        };
    }

    private static String stemmer(SearchLanguage language) {
        return switch (language) {
            case FI -> "Finnish";
            case SV -> "Swedish";
            case EN -> "English";
        };
    }
}
