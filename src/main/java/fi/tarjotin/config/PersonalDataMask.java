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
    private static final Pattern PHONE = Pattern.compile("(?<![\\w.:-])\\+?\\d[\\d ()-]{5,}\\d(?![\\w.:-])");

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

    /** Dates (2026-11-24) and business ids (1234567-1) look like phone numbers but are not personal. */
    private static boolean isNotAPhoneNumber(String candidate) {
        return candidate.matches("\\d{4}-\\d{2}-\\d{2}.*") || candidate.matches("\\d{6,7}-\\d");
    }
}
