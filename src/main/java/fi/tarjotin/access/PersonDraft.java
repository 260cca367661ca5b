package fi.tarjotin.access;

import fi.tarjotin.common.Formats;
import fi.tarjotin.common.Guids;
import fi.tarjotin.common.PlainText;
import fi.tarjotin.error.ErrorCode;
import fi.tarjotin.error.FieldError;
import fi.tarjotin.error.ValidationException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A person to give a place in the catalogue (member of an organisation, coordinator of a municipality):
 * their Entra object id and tenant, which are the key, and a name and e-mail address for people to read.
 */
@Serdeable
public record PersonDraft(@Nullable String oid, @Nullable String tenantId, @Nullable String displayName,
                          @Nullable String email) {

    private static final int NAME_LENGTH = 200;
    private static final int EMAIL_LENGTH = 254;

    /** The person once checked: ids parsed, texts trimmed and without control characters. */
    public record Checked(UUID oid, UUID tenantId, String displayName, @Nullable String email) {
    }

    /** Checks every field and reports all problems at once. */
    public Checked checked() {
        List<FieldError> errors = new ArrayList<>();
        UUID parsedOid = guid(oid, "oid", errors);
        UUID parsedTenant = guid(tenantId, "tenantId", errors);
        String name = blankToNull(displayName);
        if (name == null) {
            errors.add(new FieldError(ErrorCode.REQUIRED, "displayName"));
        } else if (name.length() > NAME_LENGTH) {
            errors.add(new FieldError(ErrorCode.INVALID_LENGTH, "displayName"));
        }
        String mail = blankToNull(email);
        if (mail != null && mail.length() > EMAIL_LENGTH) {
            errors.add(new FieldError(ErrorCode.INVALID_LENGTH, "email"));
        } else if (mail != null && !Formats.isEmail(mail)) {
            errors.add(new FieldError(ErrorCode.INVALID_EMAIL, "email"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new Checked(parsedOid, parsedTenant, name, mail);
    }

    private static UUID guid(@Nullable String value, String target, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(ErrorCode.REQUIRED, target));
            return null;
        }
        Optional<UUID> id = Guids.parse(value.strip());
        if (id.isEmpty()) {
            errors.add(new FieldError(ErrorCode.INVALID_UUID, target));
        }
        return id.orElse(null);
    }

    private static String blankToNull(@Nullable String value) {
        String text = PlainText.line(value);
        return text == null || text.isBlank() ? null : text.strip();
    }
}
