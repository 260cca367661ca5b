package fi.tarjotin.common;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The stored key that names and titles sort by, in Finnish alphabetical order: lower case; å, ä and ö kept
 * (they come after z), æ as ä, ø as ö and ü as y (as Finnish alphabetises them), other accents removed
 * (é as e); everything but letters and digits becomes a single space. The key holds only spaces, digits, a–z,
 * å, ä, ö and letters of other scripts, which SQL Server's {@code Finnish_Swedish_100_CI_AS_SC} orders in
 * Finnish order and H2 (code point order) the same way, except that H2 puts ä before å.
 */
public final class SortKey {

    /** The longest key: the columns are {@code NVARCHAR(200)}. */
    public static final int LENGTH = 200;

    private SortKey() {
    }

    /** The key of this name or title; "" for null. */
    public static String of(String text) {
        if (text == null) {
            return "";
        }
        String lower = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        StringBuilder key = new StringBuilder(lower.length());
        boolean space = true;
        for (int i = 0; i < lower.length(); i++) {
            String letter = finnish(lower.charAt(i));
            for (int j = 0; j < letter.length(); j++) {
                char c = letter.charAt(j);
                if (Character.isLetterOrDigit(c)) {
                    key.append(c);
                    space = false;
                } else if (!space && Character.getType(c) != Character.NON_SPACING_MARK) {
                    key.append(' ');
                    space = true;
                }
            }
        }
        String stripped = key.toString().strip();
        return stripped.length() > LENGTH ? stripped.substring(0, LENGTH).strip() : stripped;
    }

    /** The character as Finnish alphabetisation sees it, accents other than å, ä, ö decomposed away. */
    private static String finnish(char c) {
        return switch (c) {
            case 'å', 'ä', 'ö' -> String.valueOf(c);
            case 'æ' -> "ä";
            case 'ø' -> "ö";
            case 'ü' -> "y";
            default -> Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        };
    }
}
