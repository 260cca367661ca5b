package fi.tarjotin.municipality;

import fi.tarjotin.common.LocalisedText;
import io.micronaut.serde.annotation.Serdeable;

/** A municipality as the app shows it. */
@Serdeable
public record MunicipalityView(String code, LocalisedText name, String regionCode, int population, boolean active,
                               long version) {

    static MunicipalityView of(Municipality m) {
        return new MunicipalityView(m.code(), LocalisedText.of(m.nameFi(), m.nameSv(), m.nameEn()), m.regionCode(),
                m.population(), m.active(), m.version());
    }
}
