package fi.tarjotin.opportunity;

import fi.tarjotin.common.SearchText;
import fi.tarjotin.common.SortKey;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Writes generated listings in JDBC batches for the load-test seeder (the API would take hours for 100,000),
 * shaped exactly as the API writes them: the search text, sort key, code copies (V7) and the rows by
 * municipality, target group and language. Joins the caller's transaction.
 */
@Singleton
public class BulkListingStore {

    /** A generated listing in Finnish; a published (or later) one was published when last updated. */
    public record NewListing(UUID id, String status, String type, UUID organisationId, String organisationName,
                             String title, String summary, String description, boolean plainLanguage,
                             String deliveryMode, @Nullable String postOffice, LocalDate validFrom,
                             @Nullable LocalDate validTo, @Nullable LocalDate applicationDeadline,
                             BigDecimal hoursPerWeek, int capacityTotal, int capacityAvailable, String contactRole,
                             String contactEmail, String contactPhone, Instant createdAt, Instant updatedAt,
                             List<String> municipalityCodes, List<String> targetGroups, List<String> languages) {
    }

    private final JdbcOperations jdbc;

    BulkListingStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the listings, version 0. */
    public void insert(List<NewListing> batch) {
        jdbc.execute(c -> {
            try (PreparedStatement row = c.prepareStatement("INSERT INTO opportunity (id, version, status, type, "
                    + "organisation_id, title_fi, title_en, title_sort, summary_fi, description_fi, plain_language, "
                    + "delivery_mode, post_office, valid_from, valid_to, application_deadline, hours_per_week, "
                    + "capacity_total, capacity_available, contact_role, contact_email, contact_phone, search_text, "
                    + "created_at, updated_at, published_at, archived_at, municipality_list, target_group_list, "
                    + "language_list) "
                    + "VALUES (?, 0, ?, ?, ?, ?, NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                 PreparedStatement where = c.prepareStatement("INSERT INTO opportunity_municipality (opportunity_id, "
                         + "municipality_code, status, type, updated_at) VALUES (?, ?, ?, ?, ?)");
                 PreparedStatement group = c.prepareStatement(
                         "INSERT INTO opportunity_target_group (opportunity_id, code) VALUES (?, ?)");
                 PreparedStatement language = c.prepareStatement(
                         "INSERT INTO opportunity_language (opportunity_id, code) VALUES (?, ?)")) {
                for (NewListing listing : batch) {
                    add(row, listing);
                    String id = listing.id().toString();
                    for (String code : listing.municipalityCodes()) {
                        where.setString(1, id);
                        where.setString(2, code);
                        where.setString(3, listing.status());
                        where.setString(4, listing.type());
                        where.setTimestamp(5, Timestamp.from(listing.updatedAt()));
                        where.addBatch();
                    }
                    codes(group, id, listing.targetGroups());
                    codes(language, id, listing.languages());
                }
                row.executeBatch();
                where.executeBatch();
                group.executeBatch();
                language.executeBatch();
            }
            return null;
        });
    }

    private static void add(PreparedStatement row, NewListing l) throws SQLException {
        Timestamp updated = Timestamp.from(l.updatedAt());
        row.setString(1, l.id().toString());
        row.setString(2, l.status());
        row.setString(3, l.type());
        row.setString(4, l.organisationId().toString());
        row.setString(5, l.title());
        row.setString(6, SortKey.of(l.title()));
        row.setString(7, l.summary());
        row.setString(8, l.description());
        row.setBoolean(9, l.plainLanguage());
        row.setString(10, l.deliveryMode());
        row.setString(11, l.postOffice());
        row.setDate(12, Date.valueOf(l.validFrom()));
        row.setDate(13, l.validTo() == null ? null : Date.valueOf(l.validTo()));
        row.setDate(14, l.applicationDeadline() == null ? null : Date.valueOf(l.applicationDeadline()));
        row.setBigDecimal(15, l.hoursPerWeek());
        row.setInt(16, l.capacityTotal());
        row.setInt(17, l.capacityAvailable());
        row.setString(18, l.contactRole());
        row.setString(19, l.contactEmail());
        row.setString(20, l.contactPhone());
        row.setString(21, SearchText.document(l.organisationName(), List.of(l.title(), l.summary(), l.description())));
        row.setTimestamp(22, Timestamp.from(l.createdAt()));
        row.setTimestamp(23, updated);
        row.setTimestamp(24, l.status().equals("DRAFT") ? null : updated);
        row.setTimestamp(25, l.status().equals("ARCHIVED") ? updated : null);
        row.setString(26, sortedCopy(l.municipalityCodes()));
        row.setString(27, sortedCopy(l.targetGroups()));
        row.setString(28, sortedCopy(l.languages()));
        row.addBatch();
    }

    private static void codes(PreparedStatement statement, String id, List<String> codes) throws SQLException {
        for (String code : codes) {
            statement.setString(1, id);
            statement.setString(2, code);
            statement.addBatch();
        }
    }

    /** The listing row's copy of its codes, as the API keeps it (V7). */
    private static @Nullable String sortedCopy(List<String> codes) {
        return codes.isEmpty() ? null : String.join(",", codes.stream().sorted().toList());
    }
}
