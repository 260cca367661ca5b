package fi.tarjotin.organisation;

import fi.tarjotin.common.WireConstraints.EmailFormat;
import fi.tarjotin.common.WireConstraints.PhoneFormat;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Size;

/** How to reach an organisation: a shared e-mail address and phone number rather than a person's. */
@Serdeable
public record Contact(@Nullable @Size(max = 254) @EmailFormat String email,
                      @Nullable @Size(max = 40) @PhoneFormat String phone) {

    static @Nullable Contact of(@Nullable String email, @Nullable String phone) {
        return email == null && phone == null ? null : new Contact(email, phone);
    }
}
