package fi.tarjotin.codes;

import fi.tarjotin.common.LocalisedText;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Reads {@code code_item}, the reference data the migrations load; rows of lists this release does not know are skipped. */
@Singleton
class CodeItemStore {

    private final JdbcOperations jdbc;

    CodeItemStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Every list with its items in their sort order (an empty list where the table has none). */
    Map<CodeList, List<CodeItem>> all() {
        return jdbc.execute(connection -> {
            Map<CodeList, List<CodeItem>> loaded = new EnumMap<>(CodeList.class);
            for (CodeList list : CodeList.values()) {
                loaded.put(list, new ArrayList<>());
            }
            try (var statement = connection.prepareStatement(
                    "SELECT list_name, code, label_fi, label_sv, label_en FROM code_item ORDER BY list_name, sort_order");
                 var rows = statement.executeQuery()) {
                while (rows.next()) {
                    var list = CodeList.byPathName(rows.getString(1));
                    if (list.isPresent()) {
                        loaded.get(list.get()).add(item(rows));
                    }
                }
            }
            loaded.replaceAll((k, v) -> List.copyOf(v));
            return loaded;
        });
    }

    private static CodeItem item(java.sql.ResultSet rows) throws SQLException {
        return new CodeItem(rows.getString(2), LocalisedText.of(rows.getString(3), rows.getString(4), rows.getString(5)));
    }
}
