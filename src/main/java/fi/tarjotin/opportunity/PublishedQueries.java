package fi.tarjotin.opportunity;

import fi.tarjotin.common.Guids;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Whole-catalogue pages of published listings, a numbered page at a time as HSDS clients page (directories
 * harvest the whole catalogue in order, so OFFSET stays shallow relative to the index it walks:
 * {@code ix_opportunity_status_updated}, {@code ix_opportunity_organisation}).
 */
@Singleton
class PublishedQueries {

    /** What "published" means in SQL; {@link PublishedOpportunities#find} says the same of an entity. */
    private static final String PUBLISHED = "o.status = 'PUBLISHED'";

    private final JdbcOperations jdbc;

    PublishedQueries(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    long count() {
        return query("SELECT COUNT(*) FROM opportunity o WHERE " + PUBLISHED, rs -> rs.getLong(1)).get(0);
    }

    List<PublishedOpportunities.Row> page(int page, int perPage) {
        return query("SELECT o.id, o.organisation_id, o.title_fi, o.title_sv, o.title_en, o.summary_fi, o.summary_sv, "
                + "o.summary_en, o.contact_email, o.updated_at, (SELECT MIN(m.municipality_code) FROM "
                + "opportunity_municipality m WHERE m.opportunity_id = o.id) FROM opportunity o WHERE " + PUBLISHED
                + " ORDER BY o.updated_at DESC, o.id DESC OFFSET ? ROWS FETCH NEXT ? ROWS ONLY",
                rs -> new PublishedOpportunities.Row(Guids.get(rs, 1), Guids.get(rs, 2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                        rs.getString(9), rs.getTimestamp(10).toInstant(), rs.getString(11)),
                (long) (page - 1) * perPage, perPage);
    }

    long countPublishers() {
        return query("SELECT COUNT(DISTINCT o.organisation_id) FROM opportunity o WHERE " + PUBLISHED,
                rs -> rs.getLong(1)).get(0);
    }

    /** Organisations with a published listing, by name (read here: the order is the organisations'). */
    List<UUID> publishers(int page, int perPage) {
        return query("SELECT g.id FROM organisation g WHERE EXISTS (SELECT 1 FROM opportunity o "
                        + "WHERE o.organisation_id = g.id AND " + PUBLISHED + ") "
                        + "ORDER BY g.name_sort, g.id OFFSET ? ROWS FETCH NEXT ? ROWS ONLY",
                rs -> Guids.get(rs, 1), (long) (page - 1) * perPage, perPage);
    }

    private interface RowReader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private <T> List<T> query(String sql, RowReader<T> reader, Object... args) {
        return jdbc.execute(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < args.length; i++) {
                    statement.setObject(i + 1, args[i]);
                }
                try (ResultSet rs = statement.executeQuery()) {
                    List<T> rows = new ArrayList<>();
                    while (rs.next()) {
                        rows.add(reader.read(rs));
                    }
                    return rows;
                }
            }
        });
    }
}
