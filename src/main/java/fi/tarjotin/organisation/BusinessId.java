package fi.tarjotin.organisation;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A Finnish business id (Y-tunnus) in its canonical form {@code NNNNNNN-C}, whose check digit has been
 * verified. Older six-digit ids are accepted and padded with a leading zero, as the register itself does.
 */
public record BusinessId(String value) {

    private static final Pattern FORM = Pattern.compile("\\d{6,7}-\\d");
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2};

    public BusinessId {
        if (value == null || !value.matches("\\d{7}-\\d") || checkDigit(value.substring(0, 7)) != value.charAt(8) - '0') {
            throw new IllegalArgumentException("not a valid business id");
        }
    }

    /** The business id written in the text, or empty where the text is not one (wrong form or check digit). */
    public static Optional<BusinessId> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String trimmed = text.strip();
        if (!FORM.matcher(trimmed).matches()) {
            return Optional.empty();
        }
        String padded = trimmed.length() == 8 ? "0" + trimmed : trimmed;
        int expected = checkDigit(padded.substring(0, 7));
        if (expected < 0 || expected != padded.charAt(8) - '0') {
            return Optional.empty();
        }
        return Optional.of(new BusinessId(padded));
    }

    public static boolean isValid(String text) {
        return parse(text).isPresent();
    }

    /** The check digit of seven digits, or -1 where the weighted sum leaves remainder 1 (no id is issued). */
    static int checkDigit(String sevenDigits) {
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += WEIGHTS[i] * (sevenDigits.charAt(i) - '0');
        }
        int remainder = sum % 11;
        if (remainder == 1) {
            return -1;
        }
        return remainder == 0 ? 0 : 11 - remainder;
    }

    @Override
    public String toString() {
        return value;
    }
}
