package fi.tarjotin.publicsite;

import fi.tarjotin.municipality.Municipalities;
import io.micronaut.core.annotation.Nullable;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Where a listing is offered, as the public pages say it: every municipality of the listing by its name in the
 * page's language, so a listing offered in Lieksa and Nurmes reads "Lieksa, Nurmes" and not just its post office.
 */
final class EmbedPlaces {

    private EmbedPlaces() {
    }

    /** The names of the listing's municipalities, marked as remote where the work is done remotely. */
    static @Nullable String of(List<String> municipalityCodes, String deliveryMode, PageLanguage language,
                               Municipalities municipalities) {
        String names = municipalityCodes.stream()
                .map(code -> municipalities.find(code)
                        .map(m -> EmbedModels.municipalityName(m, language.code())).orElse(code))
                .collect(Collectors.joining(", "));
        boolean remote = "REMOTE".equals(deliveryMode);
        if (names.isEmpty()) {
            return remote ? language.t("listing.remote") : null;
        }
        return remote ? language.t("listing.placeRemote", names) : names;
    }
}
