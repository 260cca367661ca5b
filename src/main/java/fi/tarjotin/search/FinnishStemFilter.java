package fi.tarjotin.search;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;

/**
 * Evens out what the Finnish Snowball stemmer leaves apart, on its folded output. Three rules, each found on
 * words coaches type:
 * <ul>
 *   <li>the -us/-ys/-os nouns: siivous, siivousta and siivouksen stem to siivous, siivou and siivouks; all
 *       become siivou;</li>
 *   <li>consonant gradation: double consonants become single (Outokummun : outokumu, like kumpu's weak grade;
 *       asennusta : asenu, asennus : asennu → asenu);</li>
 *   <li>the diphthongs uo, yö and ie lose their first vowel, as plurals do (työ : töitä, so puutyö and
 *       puutöitä both become puuto).</li>
 * </ul>
 * The price is a few homographs (tuli and tulli meet); every word of a query must still match, which keeps
 * the results precise.
 */
final class FinnishStemFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    FinnishStemFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        String word = normalise(term.toString());
        term.setEmpty().append(word);
        return true;
    }

    static String normalise(String stem) {
        String s = stem;
        if (s.length() > 5 && s.endsWith("ks") && isRoundVowel(s.charAt(s.length() - 3))) {
            s = s.substring(0, s.length() - 2);
        } else if (s.length() > 4 && s.endsWith("s") && isRoundVowel(s.charAt(s.length() - 2))) {
            s = s.substring(0, s.length() - 1);
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char next = i + 1 < s.length() ? s.charAt(i + 1) : 0;
            boolean doubled = c == next && !isVowel(c);
            boolean diphthong = (c == 'u' && next == 'o') || (c == 'y' && next == 'o') || (c == 'i' && next == 'e');
            if (!doubled && !diphthong) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isRoundVowel(char c) {
        return c == 'u' || c == 'y' || c == 'o';
    }

    private static boolean isVowel(char c) {
        return "aeiouy".indexOf(c) >= 0;
    }
}
