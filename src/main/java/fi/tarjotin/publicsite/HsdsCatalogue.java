package fi.tarjotin.publicsite;

import fi.tarjotin.common.Guids;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Reads for the HSDS view: published listings and the organisations that have any, a numbered page at a
 * time as HSDS clients page (directories harvest the whole catalogue in order, so OFFSET stays shallow
 * relative to the index it walks: {@code ix_opportunity_status_updated}, {@code ix_opportunity_organisation}).
 */
@Singleton
class HsdsCatalogue {

    /** The one-to-one fields of a published listing. */
    record ServiceRow(UUID id, UUID organisationId, String titleFi, @Nullable String titleSv, @Nullable String titleEn,
                      @Nullable String summaryFi, @Nullable String summarySv, @Nullable String summaryEn,
                      @Nullable String email, Instant updatedAt, @Nullable String municipalityCode) {
    }

    /** An organisation as HSDS shows it. */
    record OrganisationRow(UUID id, String name, @Nullable String descriptionFi, @Nullable String descriptionSv,
                           @Nullable String descriptionEn, @Nullable String email, @Nullable String phone,
                           @Nullable String website, @Nullable String businessId,
                           @Nullable String associationRegisterNumber) {
    }

    private static final String PUBLISHED_ORGANISATION = "EXISTS (SELECT 1 FROM opportunity o "
            + "WHERE o.organisation_id = g.id AND o.status = 'PUBLISHED')";
    private static final String ORGANISATION_COLUMNS = "g.id, g.name, g.description_fi, g.description_sv, "
            + "g.description_en, g.contact_email, g.contact_phone, g.website, g.business_id, g.association_register_number";

    private final JdbcOperations jdbc;

    HsdsCatalogue(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    long countServices() {
        return count("SELECT COUNT(*) FROM opportunity WHERE status = 'PUBLISHED'");
    }

    List<ServiceRow> services(int page, int perPage) {
        return query("SELECT o.id, o.organisation_id, o.title_fi, o.title_sv, o.title_en, o.summary_fi, o.summary_sv, "
                + "o.summary_en, o.contact_email, o.updated_at, (SELECT MIN(m.municipality_code) FROM "
                + "opportunity_municipality m WHERE m.opportunity_id = o.id) FROM opportunity o WHERE o.status = 'PUBLISHED' "
                + "ORDER BY o.updated_at DESC, o.id DESC OFFSET ? ROWS FETCH NEXT ? ROWS ONLY", rs -> new ServiceRow(
                Guids.get(rs, 1), Guids.get(rs, 2), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                rs.getTimestamp(10).toInstant(), rs.getString(11)), (long) (page - 1) * perPage, perPage);
    }

    long countOrganisations() {
        return count("SELECT COUNT(*) FROM organisation g WHERE " + PUBLISHED_ORGANISATION);
    }

    List<OrganisationRow> organisations(int page, int perPage) {
        return query("SELECT " + ORGANISATION_COLUMNS + " FROM organisation g WHERE " + PUBLISHED_ORGANISATION
                + " ORDER BY g.name_sort, g.id OFFSET ? ROWS FETCH NEXT ? ROWS ONLY", HsdsCatalogue::organisation,
                (long) (page - 1) * perPage, perPage);
    }

    Optional<OrganisationRow> organisation(UUID id) {
        return query("SELECT " + ORGANISATION_COLUMNS + " FROM organisation g WHERE g.id = ?",
                HsdsCatalogue::organisation, id.toString()).stream().findFirst();
    }

    private static OrganisationRow organisation(ResultSet rs) throws SQLException {
        return new OrganisationRow(Guids.get(rs, 1), rs.getString(2), rs.getString(3),
                rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                rs.getString(10));
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

    private long count(String sql) {
        return query(sql, rs -> rs.getLong(1)).get(0);
    }
}
