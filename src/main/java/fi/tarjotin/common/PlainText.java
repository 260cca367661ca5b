package fi.tarjotin.common;

import io.micronaut.core.annotation.Nullable;

import java.util.regex.Pattern;

/**
 * The one rule for text that anyone sends us, applied before it is checked or stored: no control
 * characters (C0, DEL, C1). They are invisible, and one of them makes an Atom feed or any XML that quotes
 * the text invalid. Text of many lines keeps its tabs and line breaks; in a one-line field (a name, an
 * address, an e-mail address) those become a space, so that words they separated stay apart.
 */
public final class PlainText {

    private static final Pattern CONTROL_BUT_LINE_BREAKS = Pattern.compile("[\\p{Cc}&&[^\\t\\n\\r]]");
    private static final Pattern LINE_BREAKS = Pattern.compile("[\\t\\n\\r]+");

    private PlainText() {
    }

    /** Text of many lines (a description): control characters removed, tabs and line breaks kept. */
    public static @Nullable String lines(@Nullable String text) {
        return text == null ? null : CONTROL_BUT_LINE_BREAKS.matcher(text).replaceAll("");
    }

    /** A one-line value: tabs and line breaks become a space, every other control character goes. */
    public static @Nullable String line(@Nullable String text) {
        return text == null ? null : LINE_BREAKS.matcher(lines(text)).replaceAll(" ");
    }
}
