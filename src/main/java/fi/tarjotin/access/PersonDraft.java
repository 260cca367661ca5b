package fi.tarjotin.access;

import fi.tarjotin.common.PlainText;
import fi.tarjotin.common.WireConstraints.EmailFormat;
import fi.tarjotin.common.WireConstraints.GuidFormat;
import fi.tarjotin.common.WireRules;
import fi.tarjotin.error.FieldError;
import fi.tarjotin.error.ValidationException;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.UUID;

/**
 * A person to give a place in the catalogue (member of an organisation, coordinator of a municipality):
 * their Entra object id and tenant, which are the key, and a name and e-mail address for people to read.
 */
@Serdeable
@Introspected
public record PersonDraft(@Nullable @NotBlank @GuidFormat String oid, @Nullable @NotBlank @GuidFormat String tenantId,
                          @Nullable @NotBlank @Size(max = 200) String displayName,
                          @Nullable @Size(max = 254) @EmailFormat String email) {

    /** The person once checked: ids parsed, texts trimmed and without control characters. */
    public record Checked(UUID oid, UUID tenantId, String displayName, @Nullable String email) {
    }

    /**
     * Checks every field and reports all problems at once. Checked by the caller's service rather than at the
     * door, so that a caller who may not add the person hears that first.
     */
    public Checked checked(WireRules rules) {
        PersonDraft clean = new PersonDraft(blankToNull(oid), blankToNull(tenantId), blankToNull(displayName),
                blankToNull(email));
        List<FieldError> errors = rules.check(clean, "");
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new Checked(UUID.fromString(clean.oid()), UUID.fromString(clean.tenantId()), clean.displayName(),
                clean.email());
    }

    private static String blankToNull(@Nullable String value) {
        String text = PlainText.line(value);
        return text == null || text.isBlank() ? null : text.strip();
    }
}
