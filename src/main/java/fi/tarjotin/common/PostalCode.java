package fi.tarjotin.common;

import java.util.regex.Pattern;

/** A Finnish postal code: five digits. It cannot be built wrong, so code that holds one need not check it. */
public record PostalCode(String value) {

    private static final Pattern FIVE_DIGITS = Pattern.compile("[0-9]{5}");

    public PostalCode {
        if (!isValid(value)) {
            throw new IllegalArgumentException("not a postal code");
        }
    }

    /** Whether the text, as it stands, is a postal code. */
    public static boolean isValid(CharSequence text) {
        return text != null && FIVE_DIGITS.matcher(text).matches();
    }
}
