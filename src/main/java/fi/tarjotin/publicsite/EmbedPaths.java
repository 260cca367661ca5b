package fi.tarjotin.publicsite;

import io.micronaut.core.annotation.Nullable;

import java.util.UUID;

/** The stable addresses of the embeddable pages, which coaches send on and web editors paste. */
final class EmbedPaths {

    private EmbedPaths() {
    }

    static String municipality(String code, @Nullable String lang) {
        return "/embed/" + code + (lang == null ? "" : "?lang=" + lang);
    }

    static String listing(String code, UUID id, @Nullable String lang) {
        return "/embed/" + code + "/opportunities/" + id + (lang == null ? "" : "?lang=" + lang);
    }

    static String accessibility(String lang) {
        return "/embed/accessibility?lang=" + lang;
    }
}
