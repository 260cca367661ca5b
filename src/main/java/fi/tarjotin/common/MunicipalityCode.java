package fi.tarjotin.common;

import fi.tarjotin.error.BadRequestException;
import fi.tarjotin.error.ErrorCode;
import io.micronaut.core.annotation.Nullable;

import java.util.regex.Pattern;

/**
 * A Finnish municipality code as Statistics Finland writes it: three digits ({@code 091}). Only the form is
 * checked here; whether the municipality is on the list is for {@code municipality/Municipalities} to say.
 */
public record MunicipalityCode(String value) {

    private static final Pattern FORM = Pattern.compile("\\d{3}");

    public MunicipalityCode {
        if (!isValid(value)) {
            throw new IllegalArgumentException("not a municipality code");
        }
    }

    /** Whether the text, without surrounding spaces, is three digits. */
    public static boolean isValid(@Nullable CharSequence text) {
        return text != null && FORM.matcher(text.toString().strip()).matches();
    }

    /** A code query parameter: null where absent, 400 {@code INVALID_MUNICIPALITY_CODE} at the parameter where malformed. */
    public static @Nullable MunicipalityCode parameter(@Nullable String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!isValid(value)) {
            throw new BadRequestException(ErrorCode.INVALID_MUNICIPALITY_CODE, name);
        }
        return new MunicipalityCode(value.strip());
    }

    @Override
    public String toString() {
        return value;
    }
}
