package fi.tarjotin.support.sqlguard;

import fi.tarjotin.support.sqlguard.SqlTokens.Kind;
import fi.tarjotin.support.sqlguard.SqlTokens.Token;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static fi.tarjotin.support.sqlguard.SqlShapes.at;

/**
 * Finds comparisons of a VARCHAR column with a parameter that is not written {@code CAST(? AS VARCHAR(n))}:
 * {@code col = ?}, {@code ? <> col}, {@code col LIKE ?}, {@code col IN (?, ?)}, {@code col BETWEEN ? AND ?}.
 * A column's table is found from the statement's FROM, JOIN, UPDATE, INTO, MERGE and USING clauses and their
 * aliases; where that fails, a column name that is VARCHAR in any table counts as VARCHAR.
 */
final class VarcharComparisons {

    private static final Set<String> OPERATORS = Set.of("=", "<>", "!=", "<", ">", "<=", ">=", "!<", "!>", "LIKE");
    private static final Set<String> TABLE_KEYWORDS = Set.of("FROM", "JOIN", "UPDATE", "INTO", "USING");
    /** Words that end a table reference instead of naming its alias. */
    private static final Set<String> NOT_ALIASES = Set.of("WHERE", "JOIN", "INNER", "LEFT", "RIGHT", "FULL", "CROSS",
            "OUTER", "ON", "SET", "ORDER", "GROUP", "VALUES", "SELECT", "WITH", "UNION", "EXCEPT", "INTERSECT", "HAVING",
            "OUTPUT", "WHEN", "USING", "DEFAULT", "OPTION", "FOR", "OFFSET", "AS");

    private final Schema schema;

    VarcharComparisons(Schema schema) {
        this.schema = schema;
    }

    List<Finding> check(List<Token> t) {
        List<Finding> findings = new ArrayList<>();
        Map<String, String> aliases = aliases(t);
        boolean[] assignment = CommonSubset.assignments(t);
        for (int i = 0; i < t.size(); i++) {
            Token token = t.get(i);
            if (OPERATORS.contains(token.upper()) && token.kind() != Kind.NAME && !assignment[i]) {
                comparison(t, i, aliases, findings);
            } else if ((token.is("IN") || token.is("BETWEEN")) && !assignment[i]) {
                int end = at(t, i - 1).is("NOT") ? i - 2 : i - 1;
                Column column = columnEndingAt(t, end);
                if (column != null && varchar(column, aliases)) {
                    List<List<Token>> operands = token.is("IN") ? SqlShapes.elements(t, i + 1) : between(t, i);
                    boolean subquery = !operands.isEmpty() && !operands.get(0).isEmpty() && operands.get(0).get(0).is("SELECT");
                    if (!subquery && operands.stream().anyMatch(VarcharComparisons::uncastParameter)) {
                        findings.add(new Finding(Rule.VARCHAR_PARAMETER, column.written + " " + token.upper() + " "
                                + (token.is("IN") ? "(" + texts(operands) + ")" : texts(operands).replace(", ", " AND "))));
                    }
                }
            }
        }
        return findings;
    }

    private void comparison(List<Token> t, int op, Map<String, String> aliases, List<Finding> findings) {
        int leftEnd = t.get(op).is("LIKE") && at(t, op - 1).is("NOT") ? op - 2 : op - 1;
        Column left = columnEndingAt(t, leftEnd);
        List<Token> right = operandStartingAt(t, op + 1);
        if (left != null && uncastParameter(right) && varchar(left, aliases)) {
            findings.add(new Finding(Rule.VARCHAR_PARAMETER, left.written + " " + t.get(op).text() + " " + text(right)));
            return;
        }
        Column rightColumn = columnStartingAt(t, op + 1);
        List<Token> leftOperand = operandEndingAt(t, leftEnd);
        if (rightColumn != null && uncastParameter(leftOperand) && varchar(rightColumn, aliases)) {
            findings.add(new Finding(Rule.VARCHAR_PARAMETER, text(leftOperand) + " " + t.get(op).text() + " "
                    + rightColumn.written));
        }
    }

    /** A parameter that reaches the column as NVARCHAR: bare, in parentheses, or cast to anything but VARCHAR(n). */
    private static boolean uncastParameter(List<Token> operand) {
        if (operand.size() == 1) {
            return operand.get(0).kind() == Kind.PARAMETER;
        }
        if (operand.size() == 3 && operand.get(0).is("(") && operand.get(2).is(")")) {
            return operand.get(1).kind() == Kind.PARAMETER;
        }
        boolean cast = operand.size() >= 5 && (operand.get(0).is("CAST") || operand.get(0).is("TRY_CAST"))
                && operand.get(1).is("(") && operand.get(2).kind() == Kind.PARAMETER && operand.get(3).is("AS");
        if (!cast) {
            return false;
        }
        return !(operand.size() == 9 && operand.get(4).is("VARCHAR") && operand.get(5).is("(")
                && operand.get(6).kind() == Kind.NUMBER && operand.get(7).is(")") && operand.get(8).is(")"));
    }

    /** The operand that starts at {@code i}: a parameter, a parenthesised expression or a function call, or one token. */
    private static List<Token> operandStartingAt(List<Token> t, int i) {
        if (i >= t.size()) {
            return List.of();
        }
        int end = i;
        if (t.get(i).is("(")) {
            end = SqlShapes.closing(t, i);
        } else if (at(t, i + 1).is("(") && t.get(i).kind() == Kind.WORD) {
            end = SqlShapes.closing(t, i + 1);
        }
        return t.subList(i, end + 1);
    }

    /** The operand that ends at {@code end}: a parameter, or a parenthesised expression or call ending there. */
    private static List<Token> operandEndingAt(List<Token> t, int end) {
        if (end < 0) {
            return List.of();
        }
        int start = end;
        if (t.get(end).is(")")) {
            start = SqlShapes.opening(t, end);
            if (start > 0 && at(t, start - 1).kind() == Kind.WORD) {
                start--;
            }
        }
        return start < 0 ? List.of() : t.subList(start, end + 1);
    }

    /** The two operands of {@code BETWEEN a AND b}. */
    private static List<List<Token>> between(List<Token> t, int between) {
        List<Token> low = operandStartingAt(t, between + 1);
        int and = between + 1 + low.size();
        if (!at(t, and).is("AND")) {
            return List.of(low);
        }
        return List.of(low, operandStartingAt(t, and + 1));
    }

    /** A column reference, {@code name}, {@code alias.name} or {@code [alias].[name]}. */
    private record Column(String qualifier, String name, String written) {
    }

    private static Column columnEndingAt(List<Token> t, int end) {
        Token name = at(t, end);
        if (!name.isName() || at(t, end + 1).is("(")) {
            return null;
        }
        if (at(t, end - 1).is(".") && at(t, end - 2).isName()) {
            Token qualifier = at(t, end - 2);
            return new Column(qualifier.name(), name.name(), qualifier.text() + "." + name.text());
        }
        return new Column(null, name.name(), name.text());
    }

    private static Column columnStartingAt(List<Token> t, int start) {
        Token first = at(t, start);
        if (!first.isName()) {
            return null;
        }
        if (at(t, start + 1).is(".") && at(t, start + 2).isName() && !at(t, start + 3).is("(")) {
            Token name = at(t, start + 2);
            return new Column(first.name(), name.name(), first.text() + "." + name.text());
        }
        return at(t, start + 1).is("(") ? null : new Column(null, first.name(), first.text());
    }

    private boolean varchar(Column column, Map<String, String> aliases) {
        if (column.qualifier != null) {
            String table = aliases.getOrDefault(column.qualifier, schema.hasTable(column.qualifier) ? column.qualifier : null);
            if (table != null) {
                var known = schema.isVarchar(table, column.name);
                if (known.isPresent()) {
                    return known.get();
                }
            }
            return schema.isVarcharAnywhere(column.name);
        }
        boolean found = false;
        for (String table : aliases.values()) {
            var known = schema.isVarchar(table, column.name);
            if (known.isPresent()) {
                if (known.get()) {
                    return true;
                }
                found = true;
            }
        }
        return !found && schema.isVarcharAnywhere(column.name);
    }

    /** Alias (and table name) → table, for the tables the statement names. */
    private Map<String, String> aliases(List<Token> t) {
        Map<String, String> aliases = new HashMap<>();
        for (int i = 0; i < t.size(); i++) {
            if (!(TABLE_KEYWORDS.contains(t.get(i).upper()) && t.get(i).kind() == Kind.WORD)) {
                continue;
            }
            int at = i + 1;
            do {
                if (at(t, at).is(",")) {
                    at++;
                }
                if (!at(t, at).isName() || NOT_ALIASES.contains(at(t, at).upper()) && at(t, at).kind() == Kind.WORD) {
                    break;
                }
                String table = at(t, at).name();
                while (at(t, at + 1).is(".") && at(t, at + 2).isName()) {
                    at += 2;
                    table = at(t, at).name();
                }
                aliases.put(table, table);
                at++;
                if (at(t, at).is("AS")) {
                    at++;
                }
                Token alias = at(t, at);
                if (alias.isName() && !(alias.kind() == Kind.WORD && NOT_ALIASES.contains(alias.upper()))
                        && !at(t, at + 1).is("(")) {
                    aliases.put(alias.name(), table);
                    at++;
                }
            } while (t.get(i).is("FROM") && at(t, at).is(","));
        }
        return aliases;
    }

    /** The tokens as one would write them: spaces between words, none inside parentheses or before commas. */
    private static String text(List<Token> tokens) {
        StringBuilder text = new StringBuilder();
        Token previous = null;
        for (Token token : tokens) {
            boolean tight = previous == null || previous.is("(") || previous.is(".") || token.is(")") || token.is(",")
                    || token.is(".") || token.is("(") && previous.kind() == Kind.WORD;
            text.append(tight ? "" : " ").append(token.text());
            previous = token;
        }
        return text.toString();
    }

    /** The operands, comma-separated; a long IN list is cut after three (its length varies from call to call). */
    private static String texts(List<List<Token>> operands) {
        List<String> shown = operands.stream().limit(3).map(VarcharComparisons::text).toList();
        return String.join(", ", shown) + (operands.size() > 3 ? ", …" : "");
    }
}
