package fi.tarjotin.error;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;

import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Error messages in Finnish, Swedish and English, chosen by the request's Accept-Language (default Finnish). */
public final class Messages {

    private static final List<String> SUPPORTED = List.of("fi", "sv", "en");
    private static final String DEFAULT_LANGUAGE = "fi";

    private Messages() {
    }

    /** The best of fi, sv and en for this request. */
    public static String languageOf(HttpRequest<?> request) {
        if (request == null) {
            return DEFAULT_LANGUAGE;
        }
        String header = request.getHeaders().get(HttpHeaders.ACCEPT_LANGUAGE);
        if (header == null || header.isBlank()) {
            return DEFAULT_LANGUAGE;
        }
        try {
            Locale best = Locale.lookup(Locale.LanguageRange.parse(header),
                    SUPPORTED.stream().map(Locale::forLanguageTag).toList());
            return best == null ? DEFAULT_LANGUAGE : best.getLanguage();
        } catch (IllegalArgumentException malformedHeader) {
            return DEFAULT_LANGUAGE;
        }
    }

    /** The sentence for a machine code in fi, sv or en. */
    public static String message(ErrorCode code, String language) {
        return message(code.name(), language);
    }

    /**
     * The sentence for a code read back as text (a directory step's stored message code), falling back to a
     * generic one for a code without its own.
     */
    public static String message(String code, String language) {
        ResourceBundle bundle = ResourceBundle.getBundle("i18n.messages", Locale.forLanguageTag(language),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        try {
            return bundle.getString(code);
        } catch (MissingResourceException unknownCode) {
            return bundle.getString("GENERIC");
        }
    }
}
