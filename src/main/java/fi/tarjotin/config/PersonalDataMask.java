package fi.tarjotin.config;

import java.util.regex.Pattern;

/**
 * Removes what must never reach a log: bearer tokens, e-mail addresses and phone numbers. Applied to
 * every log line (message and stack trace) by {@link MaskingConverter}, because an exception message can
 * quote a value from a request or a database row.
 */
public final class PersonalDataMask {

    private static final Pattern TOKEN = Pattern.compile("eyJ[A-Za-z0-9_-]{5,}\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*");
    private static final Pattern BEARER = Pattern.compile("(?i)(bearer\\s+)[A-Za-z0-9._~+/=-]{8,}");
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
    /**
     * A phone number as people write it: international (+358 40 123 4567, 00358…) or national with its trunk
     * zero (040 123 4567, (09) 1234 5678), digits in groups. Nothing else starts that way: error codes
     * ([42102-240], SQLState 40001), versions, ports, durations, ids and UUIDs are left as they are. It may end
     * a sentence, but not run on into a decimal or another word. At most 15 digits (E.164), so a number
     * written after it stays apart instead of hiding the phone number in a run too long to be one.
     */
    private static final Pattern PHONE = Pattern.compile(
            "(?<![\\w.:-])(?:\\+[1-9]|00[1-9]|\\(?0[1-9])(?:\\)?[ -]?\\(?\\d){5,13}(?![\\w:]|[.-]\\d)");
    private static final int FEWEST_DIGITS = 7;

    private PersonalDataMask() {
    }

    public static String mask(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String masked = TOKEN.matcher(text).replaceAll("[token]");
        masked = BEARER.matcher(masked).replaceAll("$1[token]");
        masked = EMAIL.matcher(masked).replaceAll("[email]");
        return PHONE.matcher(masked).replaceAll(m -> isNotAPhoneNumber(m.group()) ? m.group() : "[phone]");
    }

    /** Too few digits for a phone number, or a business id (0112038-9). */
    private static boolean isNotAPhoneNumber(String candidate) {
        return candidate.chars().filter(Character::isDigit).count() < FEWEST_DIGITS
                || candidate.matches("\\d{6,7}-\\d");
    }
}
