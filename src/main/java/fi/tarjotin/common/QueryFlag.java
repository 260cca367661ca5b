package fi.tarjotin.common;

import fi.tarjotin.error.BadRequestException;
import fi.tarjotin.error.ErrorCode;
import io.micronaut.core.annotation.Nullable;

/**
 * A yes/no query parameter: {@code true} or {@code false} in any case, false where absent. Anything else is
 * 400 {@code INVALID_VALUE} naming the parameter, never read as false: {@code dryRun=maybe} must not save.
 */
public final class QueryFlag {

    private QueryFlag() {
    }

    /** The flag's value, or 400 at {@code name} where it is neither true nor false. */
    public static boolean of(@Nullable String value, String name) {
        if (value == null || value.isBlank() || value.strip().equalsIgnoreCase("false")) {
            return false;
        }
        if (value.strip().equalsIgnoreCase("true")) {
            return true;
        }
        throw new BadRequestException(ErrorCode.INVALID_VALUE, name);
    }
}
