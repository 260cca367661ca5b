package fi.tarjotin.organisation;

import fi.tarjotin.common.WireConstraints.PostalCodeFormat;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Size;

/** A Finnish postal address: street, five-digit postal code and post office. */
@Serdeable
public record Address(@Nullable @Size(max = 200) String street,
                      @Nullable @PostalCodeFormat String postalCode,
                      @Nullable @Size(max = 100) String postOffice) {

    static @Nullable Address of(@Nullable String street, @Nullable String postalCode, @Nullable String postOffice) {
        return street == null && postalCode == null && postOffice == null
                ? null : new Address(street, postalCode, postOffice);
    }
}
