package fi.tarjotin.common;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * A code with its display labels, carried beside the codes of a list item so that a canvas gallery shows
 * "Työkokeilu" without looking up {@code WORK_TRIAL}; the same shape for every code a list item holds.
 */
@Serdeable
public record CodeLabel(String code, String fi, @Nullable String sv, @Nullable String en) {

    /** The code with its labels; a label that is missing in Finnish falls back to the code itself. */
    public static CodeLabel of(String code, @Nullable LocalisedText label) {
        if (label == null || label.fi() == null) {
            return new CodeLabel(code, code, label == null ? null : label.sv(), label == null ? null : label.en());
        }
        return new CodeLabel(code, label.fi(), label.sv(), label.en());
    }
}
