package fi.tarjotin.opportunity;

import fi.tarjotin.common.WireConstraints.PostalCodeFormat;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Size;

/** Where the work happens. */
@Serdeable
public record Address(@Nullable @Size(max = 200) String street,
                      @Nullable @PostalCodeFormat String postalCode,
                      @Nullable @Size(max = 100) String postOffice) {
}
