package fi.tarjotin.support.sqlguard;

import fi.tarjotin.support.sqlguard.SqlTokens.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Small structural helpers over a token list: matching parentheses, comma-separated elements. */
final class SqlShapes {

    /** Words that start a table constraint in CREATE TABLE, not a column. */
    static final Set<String> TABLE_CONSTRAINTS = Set.of("CONSTRAINT", "PRIMARY", "FOREIGN", "UNIQUE", "CHECK", "INDEX");

    private SqlShapes() {
    }

    /** The index of the parenthesis that closes the one at {@code open}, or the last index. */
    static int closing(List<Token> t, int open) {
        int depth = 0;
        for (int i = open; i < t.size(); i++) {
            if (t.get(i).is("(")) {
                depth++;
            } else if (t.get(i).is(")") && --depth == 0) {
                return i;
            }
        }
        return t.size() - 1;
    }

    /** The index of the parenthesis that opens the one closed at {@code close}, or -1. */
    static int opening(List<Token> t, int close) {
        int depth = 0;
        for (int i = close; i >= 0; i--) {
            if (t.get(i).is(")")) {
                depth++;
            } else if (t.get(i).is("(") && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** The top-level, comma-separated elements inside the parentheses that open at {@code open}. */
    static List<List<Token>> elements(List<Token> t, int open) {
        List<List<Token>> elements = new ArrayList<>();
        if (open >= t.size() || !t.get(open).is("(")) {
            return elements;
        }
        int close = closing(t, open);
        List<Token> current = new ArrayList<>();
        int depth = 0;
        for (int i = open + 1; i < close; i++) {
            Token token = t.get(i);
            if (token.is("(")) {
                depth++;
            } else if (token.is(")")) {
                depth--;
            }
            if (depth == 0 && token.is(",")) {
                elements.add(current);
                current = new ArrayList<>();
            } else {
                current.add(token);
            }
        }
        if (!current.isEmpty()) {
            elements.add(current);
        }
        return elements;
    }

    /** The token at {@code i}, or a blank symbol past either end, so that look-arounds need no bounds checks. */
    static Token at(List<Token> t, int i) {
        return i >= 0 && i < t.size() ? t.get(i) : new Token(SqlTokens.Kind.SYMBOL, "", "");
    }

    /** The statement with its whitespace collapsed and a very long one cut short, for reports. */
    static String oneLine(String sql) {
        String line = sql.strip().replaceAll("\\s+", " ");
        return line.length() <= 1200 ? line : line.substring(0, 1200) + " … (" + line.length() + " characters)";
    }
}
