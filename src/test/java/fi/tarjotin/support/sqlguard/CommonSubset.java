package fi.tarjotin.support.sqlguard;

import fi.tarjotin.support.sqlguard.SqlTokens.Kind;
import fi.tarjotin.support.sqlguard.SqlTokens.Token;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static fi.tarjotin.support.sqlguard.SqlShapes.at;

/**
 * The rules that keep a statement inside the subset of T-SQL that SQL Server and H2 (MSSQLServer mode) both
 * run alike, as shared/design/SQLSERVER-AND-H2.md lists it.
 */
final class CommonSubset {

    /** Words that H2 rejects (and the batch syntax that Flyway and JDBC statements must not use). */
    private static final Set<String> SQL_SERVER_WORDS = Set.of("SYSUTCDATETIME", "SYSDATETIMEOFFSET", "SYSDATETIME", "IIF",
            "EOMONTH", "TRY_CAST", "TRY_CONVERT", "JSON_VALUE", "JSON_QUERY", "OPENJSON", "FREETEXT", "FREETEXTTABLE",
            "CONTAINSTABLE", "COLLATE", "SP_RENAME", "ROWVERSION", "NOLOCK", "CLUSTERED", "NONCLUSTERED", "PERSISTED",
            "APPLY", "DECLARE", "NOCOUNT", "EXEC", "EXECUTE", "GO");
    /** Functions that H2 lacks (only when called). */
    private static final Set<String> SQL_SERVER_FUNCTIONS = Set.of("FORMAT", "CONTAINS");
    /** Words that may follow WHERE/AND/OR and are no column. */
    private static final Set<String> KEYWORDS = Set.of("NOT", "EXISTS", "NULL", "CASE", "SELECT", "UPDATE", "DELETE",
            "INSERT", "MATCHED", "CAST", "COALESCE", "TRUE", "FALSE", "UNKNOWN", "1", "0");
    private static final Set<String> COMPARISONS = Set.of("=", "<>", "!=", "<", ">", "<=", ">=");
    private static final Map<String, String> TYPE_ARGUMENTS = Map.ofEntries(
            Map.entry("UNIQUEIDENTIFIER", ""), Map.entry("BIT", ""), Map.entry("INT", ""), Map.entry("BIGINT", ""),
            Map.entry("DATE", ""), Map.entry("DECIMAL", "(p[, s])?"), Map.entry("NVARCHAR", "(n|MAX)"),
            Map.entry("VARCHAR", "(n)"), Map.entry("VARBINARY", "(MAX)"), Map.entry("DATETIME2", "(n)"),
            Map.entry("DATETIMEOFFSET", "(n)?"));

    private CommonSubset() {
    }

    static List<Finding> check(List<Token> t) {
        List<Finding> findings = new ArrayList<>();
        words(t, findings);
        booleans(t, findings);
        paging(t, findings);
        types(t, findings);
        batchesAndDdl(t, findings);
        return findings;
    }

    private static void words(List<Token> t, List<Finding> findings) {
        for (int i = 0; i < t.size(); i++) {
            Token token = t.get(i);
            String word = token.kind() == Kind.WORD ? token.upper() : "";
            Token next = at(t, i + 1);
            if (word.equals("LIMIT")) {
                findings.add(new Finding(Rule.NO_LIMIT, "LIMIT"));
            } else if (word.equals("TIMESTAMP")) {
                findings.add(new Finding(Rule.NO_TIMESTAMP, token.text()));
            } else if (SQL_SERVER_WORDS.contains(word) || word.startsWith("@")
                    || SQL_SERVER_FUNCTIONS.contains(word) && next.is("(")) {
                findings.add(new Finding(Rule.SQL_SERVER_ONLY, token.text()));
            } else if (token.is("@@")) {
                findings.add(new Finding(Rule.SQL_SERVER_ONLY, "@@" + next.text()));
            } else if (word.equals("OUTPUT") && (next.is("INSERTED") || next.is("DELETED"))) {
                findings.add(new Finding(Rule.SQL_SERVER_ONLY, "OUTPUT clause"));
            } else if (word.equals("FOR") && (next.is("JSON") || next.is("XML"))) {
                findings.add(new Finding(Rule.SQL_SERVER_ONLY, "FOR " + next.upper()));
            } else if (word.equals("BY") && next.is("SOURCE")) {
                findings.add(new Finding(Rule.SQL_SERVER_ONLY, "WHEN NOT MATCHED BY SOURCE"));
            } else if (word.equals("ILIKE") || word.equals("RANDOM_UUID") || word.equals("NOW") && next.is("(")
                    || token.is("::") || token.is("||") || word.equals("NULLS") && (next.is("FIRST") || next.is("LAST"))) {
                findings.add(new Finding(Rule.H2_ONLY, word.equals("NULLS") ? "NULLS " + next.upper() : token.text()));
            } else if (token.isName() && token.upper().equals("DBO") && next.is(".")) {
                findings.add(new Finding(Rule.NO_DBO, token.text() + "." + at(t, i + 2).text()));
            }
        }
    }

    /** TRUE/FALSE in a comparison ({@code = TRUE}, {@code IS NOT FALSE}) or anywhere else (a literal). */
    private static void booleans(List<Token> t, List<Finding> findings) {
        boolean[] assignment = assignments(t);
        for (int i = 0; i < t.size(); i++) {
            Token token = t.get(i);
            boolean value = token.is("TRUE") || token.is("FALSE") || token.is("UNKNOWN");
            if (!value || token.kind() != Kind.WORD) {
                continue;
            }
            Token before = at(t, i - 1);
            Token after = at(t, i + 1);
            if (before.is("IS") || before.is("NOT") && at(t, i - 2).is("IS")) {
                findings.add(new Finding(Rule.NO_BOOLEAN_COMPARISON, (before.is("NOT") ? "IS NOT " : "IS ") + token.upper()));
            } else if (COMPARISONS.contains(before.upper()) && !assignment[i - 1]) {
                findings.add(new Finding(Rule.NO_BOOLEAN_COMPARISON, before.text() + " " + token.upper()));
            } else if (COMPARISONS.contains(after.upper())) {
                findings.add(new Finding(Rule.NO_BOOLEAN_COMPARISON, token.upper() + " " + after.text()));
            } else if (!token.is("UNKNOWN")) {
                findings.add(new Finding(Rule.NO_BOOLEAN_LITERAL, token.upper()));
            }
        }
        comparedPredicates(t, assignment, findings);
        barePredicates(t, findings);
    }

    /** {@code (a = b) = (c IS NULL)}: H2 compares the two truth values, T-SQL has none to compare. */
    private static void comparedPredicates(List<Token> t, boolean[] assignment, List<Finding> findings) {
        for (int i = 1; i < t.size() - 1; i++) {
            if (!COMPARISONS.contains(t.get(i).upper()) || t.get(i).kind() != Kind.SYMBOL || assignment[i]) {
                continue;
            }
            boolean left = t.get(i - 1).is(")") && predicate(t, SqlShapes.opening(t, i - 1));
            boolean right = t.get(i + 1).is("(") && predicate(t, i + 1);
            if (left || right) {
                findings.add(new Finding(Rule.NO_BOOLEAN_COMPARISON, "a condition compared with " + t.get(i).text()));
            }
        }
    }

    /** Whether the parentheses that open at {@code open} hold a condition (not a subquery, a list or a value). */
    private static boolean predicate(List<Token> t, int open) {
        if (open < 0 || at(t, open + 1).is("SELECT") || at(t, open - 1).kind() == Kind.WORD
                && !Set.of("AND", "OR", "NOT", "WHERE", "ON", "WHEN", "HAVING").contains(at(t, open - 1).upper())) {
            return false; // a subquery, a call (COUNT(...), IN (...)) or a type's arguments
        }
        int close = SqlShapes.closing(t, open);
        int depth = 0;
        for (int j = open + 1; j < close; j++) {
            Token token = t.get(j);
            depth += token.is("(") ? 1 : token.is(")") ? -1 : 0;
            if (depth == 0 && (COMPARISONS.contains(token.upper()) && token.kind() == Kind.SYMBOL || token.is("IS")
                    || token.is("LIKE") || token.is("EXISTS") || token.is("BETWEEN") || token.is("IN"))) {
                return true;
            }
        }
        return false;
    }

    /** {@code WHERE active AND …}: a BIT column standing as a condition, which T-SQL rejects. */
    private static void barePredicates(List<Token> t, List<Finding> findings) {
        Set<String> starts = Set.of("WHERE", "AND", "OR", "NOT", "ON", "HAVING", "WHEN");
        Set<String> ends = Set.of("AND", "OR", "THEN", ")", "ORDER", "GROUP", "UNION", "");
        if (!Set.of("SELECT", "UPDATE", "DELETE", "INSERT", "MERGE", "WITH").contains(at(t, 0).upper())) {
            return; // ON in DDL (DROP INDEX … ON t) names a table
        }
        boolean between = false;
        for (int i = 0; i < t.size(); i++) {
            Token token = t.get(i);
            if (token.is("BETWEEN")) {
                between = true;
                continue;
            }
            if (token.is("AND") && between) {
                between = false; // the AND of BETWEEN … AND …, not a condition's
                continue;
            }
            if (!(starts.contains(token.upper()) && token.kind() == Kind.WORD)) {
                continue;
            }
            int end = i + 1;
            if (!at(t, end).isName() || at(t, end).kind() == Kind.WORD && KEYWORDS.contains(at(t, end).upper())) {
                continue;
            }
            while (at(t, end + 1).is(".") && at(t, end + 2).isName()) {
                end += 2;
            }
            Token after = at(t, end + 1);
            if (ends.contains(after.upper()) && after.kind() != Kind.NAME) {
                StringBuilder column = new StringBuilder();
                for (int j = i + 1; j <= end; j++) {
                    column.append(t.get(j).text());
                }
                findings.add(new Finding(Rule.NO_BOOLEAN_COMPARISON, token.upper() + " " + column + " (a column as a condition)"));
            }
        }
    }

    /**
     * Whether each token stands in a SET list ({@code UPDATE … SET a = ?}), where {@code =} assigns instead of
     * comparing. Parentheses and CASE … END open a nested level with clauses of its own.
     */
    static boolean[] assignments(List<Token> t) {
        boolean[] assignment = new boolean[t.size()];
        Deque<String> outer = new ArrayDeque<>();
        String clause = "";
        for (int i = 0; i < t.size(); i++) {
            Token token = t.get(i);
            if (token.is("(") || token.is("CASE")) {
                outer.push(clause);
                clause = "";
            } else if ((token.is(")") || token.is("END")) && !outer.isEmpty()) {
                clause = outer.pop();
            } else if (token.kind() == Kind.WORD && Set.of("SET", "WHERE", "ON", "HAVING", "WHEN", "SELECT", "FROM",
                    "VALUES", "THEN", "ELSE", "OUTPUT", "JOIN").contains(token.upper())) {
                clause = token.upper();
            }
            assignment[i] = clause.equals("SET");
        }
        return assignment;
    }

    /** TOP, OFFSET, FETCH and ORDER BY, judged per query level (tokens between the same parentheses). */
    private static void paging(List<Token> t, List<Finding> findings) {
        int[] level = levels(t);
        int levels = 0;
        for (int l : level) {
            levels = Math.max(levels, l + 1);
        }
        for (int l = 0; l < levels; l++) {
            boolean top = false;
            boolean offset = false;
            boolean orderBy = false;
            boolean fetchNext = false;
            for (int i = 0; i < t.size(); i++) {
                if (level[i] != l) {
                    continue;
                }
                Token token = t.get(i);
                top |= token.is("TOP");
                offset |= token.is("OFFSET");
                orderBy |= token.is("ORDER") && at(t, i + 1).is("BY");
                if (token.is("FETCH") && at(t, i + 1).is("FIRST")) {
                    findings.add(new Finding(Rule.FETCH_NEEDS_OFFSET, "FETCH FIRST"));
                }
                fetchNext |= token.is("FETCH") && at(t, i + 1).is("NEXT");
            }
            if (fetchNext && !offset) {
                findings.add(new Finding(Rule.FETCH_NEEDS_OFFSET, "FETCH NEXT without OFFSET"));
            }
            if (top && offset) {
                findings.add(new Finding(Rule.NO_TOP_WITH_OFFSET, "TOP with OFFSET"));
            }
            if (offset && !orderBy) {
                findings.add(new Finding(Rule.OFFSET_NEEDS_ORDER_BY, "OFFSET without ORDER BY"));
            }
        }
    }

    /** A number for each query level: every parenthesis opens a new one. */
    private static int[] levels(List<Token> t) {
        int[] level = new int[t.size()];
        Deque<Integer> open = new ArrayDeque<>();
        int current = 0;
        int next = 1;
        for (int i = 0; i < t.size(); i++) {
            if (t.get(i).is("(")) {
                open.push(current);
                current = next++;
                level[i] = current;
            } else if (t.get(i).is(")") && !open.isEmpty()) {
                level[i] = current;
                current = open.pop();
            } else {
                level[i] = current;
            }
        }
        return level;
    }

    /** The types in column definitions, CAST, CONVERT and CREATE SEQUENCE. */
    private static void types(List<Token> t, List<Finding> findings) {
        if (at(t, 0).is("CREATE") && at(t, 1).is("TABLE")) {
            int open = 2;
            while (open < t.size() && !t.get(open).is("(")) {
                open++;
            }
            for (List<Token> element : SqlShapes.elements(t, open)) {
                if (element.size() >= 2 && !SqlShapes.TABLE_CONSTRAINTS.contains(element.get(0).upper())) {
                    type(element, 1, findings);
                }
            }
        }
        if (at(t, 0).is("ALTER") && at(t, 1).is("TABLE")) {
            int column = at(t, 3).is("ADD") && !SqlShapes.TABLE_CONSTRAINTS.contains(at(t, 4).upper())
                    ? (at(t, 4).is("COLUMN") ? 5 : 4)
                    : at(t, 3).is("ALTER") && at(t, 4).is("COLUMN") ? 5 : -1;
            if (column > 0) {
                type(t, column + 1, findings);
            }
        }
        if (at(t, 0).is("CREATE") && at(t, 1).is("SEQUENCE") && at(t, 3).is("AS")) {
            type(t, 4, findings);
        }
        for (int i = 0; i < t.size(); i++) {
            if ((t.get(i).is("CAST") || t.get(i).is("TRY_CAST")) && at(t, i + 1).is("(")) {
                int close = SqlShapes.closing(t, i + 1);
                int as = -1;
                int depth = 0;
                for (int j = i + 2; j < close; j++) {
                    depth += t.get(j).is("(") ? 1 : t.get(j).is(")") ? -1 : 0;
                    if (depth == 0 && t.get(j).is("AS")) {
                        as = j;
                    }
                }
                if (as > 0) {
                    type(t, as + 1, findings);
                }
            } else if (t.get(i).is("CONVERT") && at(t, i + 1).is("(")) {
                type(t, i + 2, findings);
                if (SqlShapes.elements(t, i + 1).size() > 2) {
                    findings.add(new Finding(Rule.SQL_SERVER_ONLY, "CONVERT with a style"));
                }
            }
        }
    }

    /** Checks the type that starts at {@code i}: its name and its arguments in parentheses. */
    private static void type(List<Token> t, int i, List<Finding> findings) {
        Token name = at(t, i);
        if (name.is("TIMESTAMP") || name.is("ROWVERSION")) {
            return; // named by their own rules
        }
        List<String> args = new ArrayList<>();
        int end = i;
        if (at(t, i + 1).is("(")) {
            end = SqlShapes.closing(t, i + 1);
            for (int j = i + 2; j < end; j++) {
                if (!t.get(j).is(",")) {
                    args.add(t.get(j).upper());
                }
            }
        }
        String expected = TYPE_ARGUMENTS.get(name.upper());
        boolean allowed = expected != null && switch (expected) {
            case "" -> args.isEmpty();
            case "(p[, s])?" -> args.size() <= 2 && args.stream().allMatch(CommonSubset::number);
            case "(n|MAX)" -> args.size() == 1 && (number(args.get(0)) || args.get(0).equals("MAX"));
            case "(n)" -> args.size() == 1 && number(args.get(0));
            case "(MAX)" -> args.equals(List.of("MAX"));
            case "(n)?" -> args.isEmpty() || args.size() == 1 && number(args.get(0));
            default -> false;
        };
        if (!allowed) {
            StringBuilder written = new StringBuilder(name.text());
            for (int j = i + 1; j <= end; j++) {
                written.append(t.get(j).text());
            }
            findings.add(new Finding(Rule.ALLOWED_TYPES, written.toString()));
        }
    }

    private static boolean number(String text) {
        return !text.isEmpty() && text.chars().allMatch(Character::isDigit);
    }

    /** Statement shapes that H2 rejects: batches, filtered or INCLUDE indexes, named defaults, UPDATE … FROM. */
    private static void batchesAndDdl(List<Token> t, List<Finding> findings) {
        if (at(t, 0).is("IF") || at(t, 0).is("BEGIN")) {
            findings.add(new Finding(Rule.SQL_SERVER_ONLY, at(t, 0).upper() + " (batch syntax)"));
        }
        boolean index = at(t, 0).is("CREATE") && (at(t, 1).is("INDEX") || at(t, 2).is("INDEX"));
        boolean[] assignment = assignments(t);
        for (int i = 0; i < t.size(); i++) {
            Token token = t.get(i);
            if (index && token.is("INCLUDE")) {
                findings.add(new Finding(Rule.SQL_SERVER_ONLY, "INCLUDE columns"));
            } else if (index && token.is("WHERE")) {
                findings.add(new Finding(Rule.SQL_SERVER_ONLY, "filtered index"));
            } else if (token.is("CONSTRAINT") && at(t, i + 2).is("DEFAULT")) {
                findings.add(new Finding(Rule.SQL_SERVER_ONLY, "named DEFAULT constraint"));
            } else if (at(t, 0).is("UPDATE") && token.is("FROM") && i > 0 && assignment[i - 1]) {
                findings.add(new Finding(Rule.SQL_SERVER_ONLY, "UPDATE … FROM"));
            }
        }
    }
}
