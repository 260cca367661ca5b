package fi.tarjotin.opportunity;

import fi.tarjotin.common.WireConstraints.EmailFormat;
import fi.tarjotin.common.WireConstraints.PhoneFormat;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Size;

/**
 * Who to ask about a listing: a role first ("Työvalmentaja"), a person's name only if the association
 * wants it. This is association staff data, erased after a listing has been archived long enough.
 */
@Serdeable
public record Contact(@Nullable @Size(max = 100) String role,
                      @Nullable @Size(max = 200) String name,
                      @Nullable @Size(max = 254) @EmailFormat String email,
                      @Nullable @Size(max = 40) @PhoneFormat String phone) {
}
