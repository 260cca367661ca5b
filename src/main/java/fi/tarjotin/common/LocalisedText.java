package fi.tarjotin.common;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** Text in Finnish, Swedish and English; a missing language is left out of the JSON. */
@Serdeable
public record LocalisedText(@Nullable String fi, @Nullable String sv, @Nullable String en) {

    public static LocalisedText of(String fi, String sv, String en) {
        return new LocalisedText(blankToNull(fi), blankToNull(sv), blankToNull(en));
    }

    /** The text in the given language, falling back to Finnish. */
    public String in(String language) {
        String value = switch (language) {
            case "sv" -> sv;
            case "en" -> en;
            default -> fi;
        };
        return value != null ? value : fi;
    }

    public boolean isEmpty() {
        return fi == null && sv == null && en == null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
