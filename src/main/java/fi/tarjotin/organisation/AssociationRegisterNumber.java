package fi.tarjotin.organisation;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An association register number (yhdistysrekisterinumero) of the Finnish Patent and Registration Office:
 * one to seven digits, often written with a dot between thousands ({@code 123.456}). Kept as plain digits
 * without leading zeros, so that both ways of writing one number are the same number.
 */
public record AssociationRegisterNumber(String value) {

    private static final Pattern FORM = Pattern.compile("\\d{1,7}|\\d{1,3}\\.\\d{3}|\\d\\.\\d{3}\\.\\d{3}");

    public AssociationRegisterNumber {
        if (value == null || !value.matches("[1-9]\\d{0,6}")) {
            throw new IllegalArgumentException("not a valid association register number");
        }
    }

    /** The number written in the text, or empty where the text is not one. */
    public static Optional<AssociationRegisterNumber> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String trimmed = text.strip();
        if (!FORM.matcher(trimmed).matches()) {
            return Optional.empty();
        }
        String digits = trimmed.replace(".", "").replaceFirst("^0+", "");
        return digits.isEmpty() ? Optional.empty() : Optional.of(new AssociationRegisterNumber(digits));
    }

    public static boolean isValid(String text) {
        return parse(text).isPresent();
    }

    @Override
    public String toString() {
        return value;
    }
}
