package fi.tarjotin.opportunity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** Where the work happens. */
@Serdeable
public record Address(@Nullable String street, @Nullable String postalCode, @Nullable String postOffice) {
}
