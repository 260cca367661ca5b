package fi.tarjotin.municipality;

import fi.tarjotin.common.LocalisedText;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** A municipality to add to the list, as an administrator writes it. */
@Serdeable
public record MunicipalityDraft(@Nullable String code, @Nullable LocalisedText name, @Nullable String regionCode,
                                @Nullable String regionName, @Nullable Integer population) {
}
