package fi.tarjotin.common;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.regex.Pattern;

/** Checks for the contact formats that several records share: e-mail address, phone number, web address. */
public final class Formats {

    // Deliberately loose: the address is shown to people, not delivered to by us; this catches typing slips.
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()\\-]{4,38}");

    private Formats() {
    }

    public static boolean isEmail(String text) {
        return text != null && EMAIL.matcher(text).matches();
    }

    public static boolean isPhone(String text) {
        return text != null && PHONE.matcher(text).matches();
    }

    /** An absolute http or https address with a host. */
    public static boolean isHttpUrl(String text) {
        if (text == null) {
            return false;
        }
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme();
            return ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))
                    && uri.getHost() != null && !uri.getHost().isBlank();
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
