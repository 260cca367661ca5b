package fi.tarjotin.common;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The normalised form that free-text search compares: lower case, accents folded (ä → a, å → a, é → e),
 * whitespace collapsed. Stored beside the text so that H2 and SQL Server compare the same way whatever
 * their collations do.
 */
public final class SearchText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private SearchText() {
    }

    public static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String folded = MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
        return SPACES.matcher(folded).replaceAll(" ").strip();
    }

    /**
     * What free-text search looks in for a listing: its texts in every language and its organisation's name,
     * normalised. The one definition, used by the API and by bulk loading alike.
     */
    public static String document(String organisationName, java.util.Collection<String> texts) {
        StringBuilder all = new StringBuilder();
        for (String text : texts) {
            if (text != null) {
                all.append(text).append(' ');
            }
        }
        return normalise(all.append(organisationName == null ? "" : organisationName).toString());
    }

    /** A normalised term made safe for {@code LIKE ... ESCAPE '\'}: %, _ and [ match themselves. */
    public static String likeContains(String term) {
        String escaped = normalise(term)
                .replace("\\", "\\\\")
                .replace("%", "\\%")
                .replace("_", "\\_")
                .replace("[", "\\[");
        return "%" + escaped + "%";
    }
}
