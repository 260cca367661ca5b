package fi.tarjotin.search;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Collapses the Finnish long diphthongs uo, yö (folded: yo) and ie to their second vowel, after stemming and
 * folding. Their plural and past stems drop the first vowel (työ : töitä, suo : soita, tie : teitä), which the
 * Snowball stemmer leaves apart: puutyö stems to puutyo, puutöitä to puuto. Collapsed, both are puuto.
 */
final class GradationFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    GradationFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws java.io.IOException {
        if (!input.incrementToken()) {
            return false;
        }
        char[] chars = term.buffer();
        int length = term.length();
        int out = 0;
        for (int i = 0; i < length; i++) {
            if (i + 1 < length && collapses(chars[i], chars[i + 1])) {
                continue;
            }
            chars[out++] = chars[i];
        }
        term.setLength(out);
        return true;
    }

    private static boolean collapses(char first, char second) {
        return (first == 'u' && second == 'o') || (first == 'y' && second == 'o') || (first == 'i' && second == 'e');
    }
}
