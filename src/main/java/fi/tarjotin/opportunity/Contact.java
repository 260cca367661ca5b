package fi.tarjotin.opportunity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * Who to ask about a listing: a role first ("Työvalmentaja"), a person's name only if the association
 * wants it. This is association staff data, erased after a listing has been archived long enough.
 */
@Serdeable
public record Contact(@Nullable String role, @Nullable String name, @Nullable String email,
                      @Nullable String phone) {
}
