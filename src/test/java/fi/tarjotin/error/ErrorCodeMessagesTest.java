package fi.tarjotin.error;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

class ErrorCodeMessagesTest {

    /** The bundle files by language, as {@link Messages} finds them (Finnish is the base bundle). */
    private static final Map<String, String> BUNDLES = Map.of(
            "fi", "/i18n/messages.properties",
            "sv", "/i18n/messages_sv.properties",
            "en", "/i18n/messages_en.properties");

    /** The fallback sentence for a code read back from the database that has none of its own. */
    private static final String FALLBACK = "GENERIC";

    @Test
    void everyCodeHasItsOwnSentenceInFinnishSwedishAndEnglish() {
        BUNDLES.forEach((language, file) -> {
            Properties messages = load(file);
            Set<String> missing = Arrays.stream(ErrorCode.values()).map(Enum::name)
                    .filter(code -> messages.getProperty(code, "").isBlank())
                    .collect(Collectors.toCollection(TreeSet::new));
            assertEquals(Set.of(), missing, "codes without a sentence in " + language);
        });
    }

    @Test
    void everySentenceBelongsToACodeTheServiceCanAnswer() {
        Set<String> codes = Arrays.stream(ErrorCode.values()).map(Enum::name).collect(Collectors.toSet());
        BUNDLES.forEach((language, file) -> {
            Set<String> orphans = load(file).stringPropertyNames().stream()
                    .filter(key -> !key.equals(FALLBACK) && !codes.contains(key))
                    .collect(Collectors.toCollection(TreeSet::new));
            assertEquals(Set.of(), orphans, "sentences in " + language + " that no code answers with");
        });
    }

    @Test
    void theServiceAnswersInTheLanguageAskedFor() {
        assertEquals(load("/i18n/messages_sv.properties").getProperty("VERSION_CONFLICT"),
                Messages.message(ErrorCode.VERSION_CONFLICT, "sv"));
        assertEquals(load("/i18n/messages.properties").getProperty("VERSION_CONFLICT"),
                Messages.message(ErrorCode.VERSION_CONFLICT, "fi"));
    }

    private static Properties load(String file) {
        try (InputStream in = ErrorCodeMessagesTest.class.getResourceAsStream(file)) {
            assertNotNull(in, file);
            Properties properties = new Properties();
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
