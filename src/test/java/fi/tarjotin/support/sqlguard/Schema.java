package fi.tarjotin.support.sqlguard;

import fi.tarjotin.support.sqlguard.SqlTokens.Token;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which columns of which tables hold non-Unicode text ({@code VARCHAR}), read from the migrations'
 * {@code CREATE TABLE} and {@code ALTER TABLE … ADD / ALTER COLUMN} statements in the order they run.
 */
final class Schema {

    /** Table → column → whether the column is VARCHAR (or CHAR): non-Unicode text. */
    private final Map<String, Map<String, Boolean>> tables = new HashMap<>();

    static Schema of(List<String> statements) {
        Schema schema = new Schema();
        statements.forEach(schema::apply);
        return schema;
    }

    boolean hasTable(String table) {
        return tables.containsKey(table);
    }

    /** Whether this column of this table is VARCHAR; empty when the table has no such column. */
    Optional<Boolean> isVarchar(String table, String column) {
        return Optional.ofNullable(tables.getOrDefault(table, Map.of()).get(column));
    }

    /**
     * Whether the column is VARCHAR in any table: the answer where the statement does not tell which table
     * it belongs to. A name that is VARCHAR in one table and NVARCHAR in another counts as VARCHAR, so that
     * a comparison that could scan an index is never let through.
     */
    boolean isVarcharAnywhere(String column) {
        return tables.values().stream().anyMatch(columns -> Boolean.TRUE.equals(columns.get(column)));
    }

    private void apply(String statement) {
        List<Token> t = SqlTokens.of(statement);
        if (t.size() > 3 && t.get(0).is("CREATE") && t.get(1).is("TABLE")) {
            int at = 2;
            String table = t.get(at).name();
            while (at + 2 < t.size() && t.get(at + 1).is(".")) {
                at += 2;
                table = t.get(at).name();
            }
            Map<String, Boolean> columns = new HashMap<>();
            tables.put(table, columns);
            for (List<Token> element : SqlShapes.elements(t, at + 1)) {
                if (element.size() >= 2 && element.get(0).isName() && !SqlShapes.TABLE_CONSTRAINTS.contains(element.get(0).upper())) {
                    columns.put(element.get(0).name(), nonUnicode(element.get(1)));
                }
            }
        } else if (t.size() > 5 && t.get(0).is("ALTER") && t.get(1).is("TABLE")) {
            Map<String, Boolean> columns = tables.computeIfAbsent(t.get(2).name(), k -> new HashMap<>());
            int at = 3;
            if (t.get(at).is("ADD") && t.get(at + 1).is("COLUMN") || t.get(at).is("ALTER") && t.get(at + 1).is("COLUMN")) {
                at += 2;
            } else if (t.get(at).is("ADD") && !SqlShapes.TABLE_CONSTRAINTS.contains(t.get(at + 1).upper())) {
                at += 1;
            } else {
                return;
            }
            if (at + 1 < t.size()) {
                columns.put(t.get(at).name(), nonUnicode(t.get(at + 1)));
            }
        } else if (t.size() > 2 && t.get(0).is("DROP") && t.get(1).is("TABLE")) {
            tables.remove(t.get(t.size() - 1).name());
        }
    }

    private static boolean nonUnicode(Token type) {
        return type.is("VARCHAR") || type.is("CHAR");
    }
}
