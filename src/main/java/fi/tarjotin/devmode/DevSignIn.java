package fi.tarjotin.devmode;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * What the dev sign-in asks for: a role (READER, EDITOR, COORDINATOR or ADMIN; default READER), the
 * organisation an editor edits for, the municipality a coordinator curates, and optionally a display name.
 */
@Serdeable
record DevSignIn(@Nullable String role, @Nullable String organisationId, @Nullable String municipalityCode,
                 @Nullable String name) {
}
