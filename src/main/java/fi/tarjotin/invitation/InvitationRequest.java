package fi.tarjotin.invitation;

import fi.tarjotin.common.PlainText;
import fi.tarjotin.common.WireConstraints.EmailFormat;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Whom to invite as an editor of an organisation; checked at the door ({@code @Valid}): no rule needs the database. */
@Serdeable
@Introspected
record InvitationRequest(
        // Over-long is answered as not an address: the invitation goes to it, so it must be one Entra accepts.
        @Nullable @NotBlank @Size(max = 254, message = "INVALID_EMAIL") @EmailFormat String email,
        @Nullable @NotBlank @Size(max = 200) String displayName) {

    /** Control characters out and spaces trimmed before the constraints look, as every other record is checked. */
    InvitationRequest {
        email = email == null ? null : PlainText.line(email).strip();
        displayName = displayName == null ? null : PlainText.line(displayName).strip();
    }
}
