package fi.tarjotin.common;

import fi.tarjotin.error.BadRequestException;
import fi.tarjotin.error.ErrorCode;
import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;

/** The one reading of dates and instants that clients type: ISO 8601 ({@code 2026-05-31}, {@code 2026-05-31T12:00:00Z}). */
public final class Dates {

    private static final DateTimeFormatter FINNISH_DATE =
            DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT);

    private Dates() {
    }

    /** A calendar date, or empty where the text is not one. */
    public static Optional<LocalDate> date(String text) {
        try {
            return Optional.of(LocalDate.parse(text.strip()));
        } catch (DateTimeParseException notADate) {
            return Optional.empty();
        }
    }

    /** A calendar date in ISO form or as Finns write it ({@code 31.5.2026}, spreadsheet exports); empty where neither. */
    public static Optional<LocalDate> dateOrFinnishDate(String text) {
        Optional<LocalDate> iso = date(text);
        if (iso.isPresent()) {
            return iso;
        }
        try {
            return Optional.of(LocalDate.parse(text.strip(), FINNISH_DATE));
        } catch (DateTimeParseException notADate) {
            return Optional.empty();
        }
    }

    /** A date query parameter: null where absent, 400 {@code INVALID_DATE} at the parameter where unreadable. */
    public static @Nullable LocalDate dateParameter(@Nullable String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return date(value).orElseThrow(() -> new BadRequestException(ErrorCode.INVALID_DATE, name));
    }

    /** An instant query parameter: null where absent, 400 {@code INVALID_DATE} at the parameter where unreadable. */
    public static @Nullable Instant instantParameter(@Nullable String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException notAnInstant) {
            throw new BadRequestException(ErrorCode.INVALID_DATE, name);
        }
    }
}
