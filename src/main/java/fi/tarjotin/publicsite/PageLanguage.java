package fi.tarjotin.publicsite;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/** The language of a public page (fi, sv or en; Finnish when anything else is asked) and its texts. */
public record PageLanguage(String code, ResourceBundle texts) {

    static final List<String> SUPPORTED = List.of("fi", "sv", "en");

    static PageLanguage of(String requested) {
        String code = requested != null && SUPPORTED.contains(requested) ? requested : "fi";
        return new PageLanguage(code, ResourceBundle.getBundle("i18n.embed", Locale.forLanguageTag(code),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
    }

    /** The text of a key, for the templates. */
    public String text(String key) {
        return texts.getString(key);
    }

    /** The text of a key, with {0}, {1} … filled in. */
    public String t(String key, Object... arguments) {
        String text = texts.getString(key);
        return arguments.length == 0 ? text : new MessageFormat(text, Locale.forLanguageTag(code)).format(arguments);
    }

    /** A number as the page's language writes it: 37,5 in Finnish and Swedish, 37.5 in English. */
    public String number(Number number) {
        return NumberFormat.getNumberInstance(Locale.forLanguageTag(code)).format(number);
    }

    /** The name of each page language in that language itself, for the language switch. */
    static String ownName(String code) {
        return switch (code) {
            case "sv" -> "På svenska";
            case "en" -> "In English";
            default -> "Suomeksi";
        };
    }
}
