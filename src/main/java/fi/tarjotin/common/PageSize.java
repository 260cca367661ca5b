package fi.tarjotin.common;

import fi.tarjotin.error.BadRequestException;
import fi.tarjotin.error.ErrorCode;
import io.micronaut.core.annotation.Nullable;

/**
 * How many items a page holds, from the {@code top} query parameter: 1 up to the list's maximum, or the
 * list's default where it is absent. Anything else is 400 {@code OUT_OF_RANGE} at {@code top}.
 */
public record PageSize(int value) {

    public PageSize {
        if (value < 1) {
            throw new BadRequestException(ErrorCode.OUT_OF_RANGE, "top");
        }
    }

    /** The page size a client asked for as text, within {@code max}. */
    public static PageSize of(@Nullable String top, int byDefault, int max) {
        if (top == null || top.isBlank()) {
            return new PageSize(byDefault);
        }
        try {
            return of(Integer.parseInt(top.strip()), byDefault, max);
        } catch (NumberFormatException notANumber) {
            throw new BadRequestException(ErrorCode.OUT_OF_RANGE, "top");
        }
    }

    /** The page size a client asked for as a number, within {@code max}. */
    public static PageSize of(@Nullable Integer top, int byDefault, int max) {
        if (top == null) {
            return new PageSize(byDefault);
        }
        if (top > max) {
            throw new BadRequestException(ErrorCode.OUT_OF_RANGE, "top");
        }
        return new PageSize(top);
    }
}
