package fi.tarjotin.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * Extra search words for codes, from {@code search/code-keywords.properties}: words people type for a target
 * group or type that its label does not contain. Indexed with the labels, weighted as labels.
 */
final class CodeKeywords {

    private static final Properties WORDS = load();

    private CodeKeywords() {
    }

    /** The extra words for one code in one language; empty when there are none. */
    static String of(Facet facet, String code, SearchLanguage language) {
        return WORDS.getProperty(facet.parameter() + "." + code + "." + language.suffix(), "");
    }

    private static Properties load() {
        Properties words = new Properties();
        try (InputStream in = CodeKeywords.class.getResourceAsStream("/search/code-keywords.properties")) {
            if (in != null) {
                words.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }
}
