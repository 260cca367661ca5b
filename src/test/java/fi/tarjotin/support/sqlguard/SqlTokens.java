package fi.tarjotin.support.sqlguard;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits T-SQL into tokens: words, [bracketed] and "quoted" names, string literals, numbers, the parameter
 * marker and operators. Comments are dropped, so that a rule never fires on prose or inside a literal.
 */
final class SqlTokens {

    /** What a token is. */
    enum Kind { WORD, NAME, STRING, NUMBER, PARAMETER, SYMBOL }

    /** One token; {@code upper} is the text in upper case (for words) or the name without its brackets. */
    record Token(Kind kind, String text, String upper) {

        boolean is(String word) {
            return (kind == Kind.WORD || kind == Kind.SYMBOL) && upper.equals(word);
        }

        boolean isName() {
            return kind == Kind.WORD || kind == Kind.NAME;
        }

        /** The name as written in the schema: lower case, without brackets or quotes. */
        String name() {
            return upper.toLowerCase(Locale.ROOT);
        }
    }

    private static final String[] OPERATORS = {"<>", "!=", "<=", ">=", "!<", "!>", "||", "::", "@@"};

    private SqlTokens() {
    }

    static List<Token> of(String sql) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        int n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
                i = endOfLine(sql, i);
            } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
                int end = sql.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
            } else if (c == '\'' || ((c == 'N' || c == 'n') && i + 1 < n && sql.charAt(i + 1) == '\'')) {
                int start = c == '\'' ? i : i + 1;
                int end = endOfQuoted(sql, start, '\'');
                tokens.add(new Token(Kind.STRING, sql.substring(i, end), sql.substring(start + 1, Math.max(start + 1, end - 1))));
                i = end;
            } else if (c == '[') {
                int end = sql.indexOf(']', i);
                end = end < 0 ? n : end + 1;
                tokens.add(new Token(Kind.NAME, sql.substring(i, end), upper(sql.substring(i + 1, Math.max(i + 1, end - 1)))));
                i = end;
            } else if (c == '"') {
                int end = endOfQuoted(sql, i, '"');
                tokens.add(new Token(Kind.NAME, sql.substring(i, end), upper(sql.substring(i + 1, Math.max(i + 1, end - 1)))));
                i = end;
            } else if (c == '?') {
                tokens.add(new Token(Kind.PARAMETER, "?", "?"));
                i++;
            } else if (Character.isDigit(c)) {
                int end = i;
                while (end < n && (Character.isLetterOrDigit(sql.charAt(end)) || sql.charAt(end) == '.')) {
                    end++;
                }
                tokens.add(new Token(Kind.NUMBER, sql.substring(i, end), upper(sql.substring(i, end))));
                i = end;
            } else if (Character.isLetter(c) || c == '_' || c == '@' && i + 1 < n && Character.isLetter(sql.charAt(i + 1))
                    || c == '#' || c == '$') {
                int end = i + 1;
                while (end < n && (Character.isLetterOrDigit(sql.charAt(end)) || "_$#@".indexOf(sql.charAt(end)) >= 0)) {
                    end++;
                }
                tokens.add(new Token(Kind.WORD, sql.substring(i, end), upper(sql.substring(i, end))));
                i = end;
            } else {
                String symbol = String.valueOf(c);
                for (String operator : OPERATORS) {
                    if (sql.startsWith(operator, i)) {
                        symbol = operator;
                        break;
                    }
                }
                tokens.add(new Token(Kind.SYMBOL, symbol, symbol));
                i += symbol.length();
            }
        }
        return tokens;
    }

    /** The statements of a script, split at semicolons outside literals and comments. */
    static List<String> statements(String script) {
        List<String> statements = new ArrayList<>();
        int start = 0;
        int i = 0;
        int n = script.length();
        while (i < n) {
            char c = script.charAt(i);
            if (c == '-' && i + 1 < n && script.charAt(i + 1) == '-') {
                i = endOfLine(script, i);
            } else if (c == '/' && i + 1 < n && script.charAt(i + 1) == '*') {
                int end = script.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
            } else if (c == '\'' || c == '"') {
                i = endOfQuoted(script, i, c);
            } else if (c == '[') {
                int end = script.indexOf(']', i);
                i = end < 0 ? n : end + 1;
            } else if (c == ';') {
                add(statements, script.substring(start, i));
                start = ++i;
            } else {
                i++;
            }
        }
        add(statements, script.substring(start));
        return statements;
    }

    private static void add(List<String> statements, String statement) {
        if (!of(statement).isEmpty()) {
            statements.add(statement.strip());
        }
    }

    private static int endOfLine(String sql, int i) {
        int end = sql.indexOf('\n', i);
        return end < 0 ? sql.length() : end + 1;
    }

    /** The index after the closing quote; a doubled quote is part of the text. */
    private static int endOfQuoted(String sql, int open, char quote) {
        int i = open + 1;
        while (i < sql.length()) {
            if (sql.charAt(i) == quote) {
                if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return sql.length();
    }

    private static String upper(String text) {
        return text.toUpperCase(Locale.ROOT);
    }
}
