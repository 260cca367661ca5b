package fi.tarjotin.organisation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** A Finnish postal address: street, five-digit postal code and post office. */
@Serdeable
public record Address(@Nullable String street, @Nullable String postalCode, @Nullable String postOffice) {

    static @Nullable Address of(@Nullable String street, @Nullable String postalCode, @Nullable String postOffice) {
        return street == null && postalCode == null && postOffice == null
                ? null : new Address(street, postalCode, postOffice);
    }
}
