package fi.tarjotin.invitation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** Whom to invite as an editor of an organisation. */
@Serdeable
record InvitationRequest(@Nullable String email, @Nullable String displayName) {
}
