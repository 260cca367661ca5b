package fi.tarjotin.organisation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** How to reach an organisation: a shared e-mail address and phone number rather than a person's. */
@Serdeable
public record Contact(@Nullable String email, @Nullable String phone) {

    static @Nullable Contact of(@Nullable String email, @Nullable String phone) {
        return email == null && phone == null ? null : new Contact(email, phone);
    }
}
