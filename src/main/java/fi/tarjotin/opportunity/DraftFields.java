package fi.tarjotin.opportunity;

import fi.tarjotin.common.Dates;
import fi.tarjotin.common.Guids;
import fi.tarjotin.common.LocalisedText;
import fi.tarjotin.common.PlainText;
import fi.tarjotin.error.ErrorCode;
import fi.tarjotin.error.FieldError;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Reads one field of a listing draft as the client typed it: cleans it, and adds an error at its path where it
 * breaks its rule. {@link OpportunityValidator} composes these into the check of a whole draft.
 */
final class DraftFields {

    static final int LIST_MAX = 50;

    private DraftFields() {
    }

    static LocalisedText text(LocalisedText value, String target, int max, boolean finnishRequired,
                                      List<FieldError> errors) {
        LocalisedText t = value == null ? LocalisedText.of(null, null, null)
                : LocalisedText.of(clean(value.fi()), clean(value.sv()), clean(value.en()));
        if (finnishRequired && t.fi() == null) {
            errors.add(new FieldError(ErrorCode.REQUIRED, target + ".fi"));
        }
        tooLong(t.fi(), target + ".fi", max, errors);
        tooLong(t.sv(), target + ".sv", max, errors);
        tooLong(t.en(), target + ".en", max, errors);
        return t;
    }

    static String clean(String text) {
        return PlainText.lines(text);
    }

    static void tooLong(String value, String target, int max, List<FieldError> errors) {
        if (value != null && value.length() > max) {
            errors.add(new FieldError(ErrorCode.INVALID_LENGTH, target));
        }
    }

    static List<String> distinct(List<String> values, String target, List<FieldError> errors) {
        if (values == null) {
            return List.of();
        }
        if (values.size() > LIST_MAX) {
            errors.add(new FieldError(ErrorCode.INVALID_LENGTH, target));
            return List.of();
        }
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) == null || values.get(i).isBlank()) {
                errors.add(new FieldError(ErrorCode.REQUIRED, target + "[" + i + "]"));
            }
        }
        return List.copyOf(new LinkedHashSet<>(values.stream().filter(v -> v != null && !v.isBlank()).toList()));
    }

    static UUID uuid(String value, String target, boolean required, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            if (required) {
                errors.add(new FieldError(ErrorCode.REQUIRED, target));
            }
            return null;
        }
        return Guids.field(value, target, errors);
    }

    static LocalDate date(String value, String target, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Optional<LocalDate> date = Dates.date(value);
        if (date.isEmpty()) {
            errors.add(new FieldError(ErrorCode.INVALID_DATE, target));
        } else if (date.get().getYear() < 2000 || date.get().getYear() > 2100) {
            errors.add(new FieldError(ErrorCode.OUT_OF_RANGE, target));
        }
        return date.orElse(null);
    }

    static void range(Integer value, String target, List<FieldError> errors) {
        if (value != null && (value < 0 || value > 10_000)) {
            errors.add(new FieldError(ErrorCode.OUT_OF_RANGE, target));
        }
    }

    static String blank(String value) {
        String text = PlainText.line(value);
        return text == null || text.isBlank() ? null : text.strip();
    }
}
