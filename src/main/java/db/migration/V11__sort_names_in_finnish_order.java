package db.migration;

import fi.tarjotin.common.Guids;
import fi.tarjotin.common.SortKey;
import fi.tarjotin.common.SqlParameters;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Names and titles sort in Finnish order: organisations get {@code name_sort} (with an index for the list's
 * keyset) and every listing's {@code title_sort} is computed again, both as {@link SortKey} makes them (å, ä
 * and ö after z; before, ä was folded to a). A Java migration because the key is computed in Java.
 */
public class V11__sort_names_in_finnish_order extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("ALTER TABLE organisation ADD name_sort NVARCHAR(200) NULL");
        }
        recompute(connection, "SELECT id, name FROM organisation", "UPDATE organisation SET name_sort = ? WHERE id = "
                + SqlParameters.UUID);
        recompute(connection, "SELECT id, title_fi FROM opportunity", "UPDATE opportunity SET title_sort = ? WHERE id = "
                + SqlParameters.UUID);
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("ALTER TABLE organisation ALTER COLUMN name_sort NVARCHAR(200) NOT NULL");
            ddl.execute("CREATE INDEX ix_organisation_name_sort ON organisation (name_sort, id)");
        }
    }

    /** Sets each row's key from its text; the rows are read first (one statement at a time without MARS). */
    private static void recompute(Connection connection, String select, String update) throws SQLException {
        List<UUID> ids = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        try (Statement statement = connection.createStatement(); var rows = statement.executeQuery(select)) {
            while (rows.next()) {
                ids.add(Guids.get(rows, 1));
                texts.add(rows.getString(2));
            }
        }
        try (var statement = connection.prepareStatement(update)) {
            for (int i = 0; i < ids.size(); i++) {
                statement.setString(1, SortKey.of(texts.get(i)));
                statement.setString(2, ids.get(i).toString());
                statement.executeUpdate();
            }
        }
    }
}
