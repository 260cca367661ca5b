package fi.tarjotin.search;

import java.util.Locale;

/** The languages a listing's text is written in and a search can be made in: Finnish, Swedish, English. */
public enum SearchLanguage {
    FI, SV, EN;

    /** The language of a code such as {@code fi}, {@code sv-FI} or {@code en}; Finnish for anything else. */
    public static SearchLanguage of(String code) {
        if (code == null) {
            return FI;
        }
        String lower = code.toLowerCase(Locale.ROOT);
        if (lower.startsWith("sv")) {
            return SV;
        }
        return lower.startsWith("en") ? EN : FI;
    }

    /** The suffix of the index fields holding text in this language. */
    String suffix() {
        return name().toLowerCase(Locale.ROOT);
    }
}
