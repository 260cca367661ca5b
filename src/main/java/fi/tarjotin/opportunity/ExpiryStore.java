package fi.tarjotin.opportunity;

import fi.tarjotin.common.Guids;
import fi.tarjotin.common.SqlParameters;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The listings' side of expiry: published listings by their end date, and the reminders already sent. */
@Singleton
class ExpiryStore {

    /** A published listing and the end date it is to be reminded of. */
    record Ending(UUID id, LocalDate validTo) {
    }

    private final JdbcOperations jdbc;

    ExpiryStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Published listings whose last valid day is before {@code today}. */
    List<UUID> publishedEndedBefore(LocalDate today) {
        return jdbc.execute(connection -> {
            List<UUID> ids = new ArrayList<>();
            try (var select = connection.prepareStatement(
                    "SELECT id FROM opportunity WHERE status = 'PUBLISHED' AND valid_to < ?")) {
                select.setDate(1, Date.valueOf(today));
                try (var rows = select.executeQuery()) {
                    while (rows.next()) {
                        ids.add(Guids.get(rows, 1));
                    }
                }
            }
            return ids;
        });
    }

    /** Published listings ending from {@code from} to {@code to} (inclusive) not yet reminded of that end date. */
    List<Ending> publishedEndingUnreminded(LocalDate from, LocalDate to) {
        return jdbc.execute(connection -> {
            List<Ending> endings = new ArrayList<>();
            try (var select = connection.prepareStatement("SELECT o.id, o.valid_to FROM opportunity o "
                    + "WHERE o.status = 'PUBLISHED' AND o.valid_to >= ? AND o.valid_to <= ? AND NOT EXISTS ("
                    + "SELECT 1 FROM listing_expiry_reminder r WHERE r.opportunity_id = o.id AND r.valid_to = o.valid_to)")) {
                select.setDate(1, Date.valueOf(from));
                select.setDate(2, Date.valueOf(to));
                try (var rows = select.executeQuery()) {
                    while (rows.next()) {
                        endings.add(new Ending(Guids.get(rows, 1), rows.getDate(2).toLocalDate()));
                    }
                }
            }
            return endings;
        });
    }

    /** Records the reminder of this end date; false where it was sent already. Joins the caller's transaction. */
    boolean remember(Ending ending, Instant now) {
        return jdbc.execute(connection -> {
            try (var insert = connection.prepareStatement("INSERT INTO listing_expiry_reminder "
                    + "(opportunity_id, valid_to, reminded_at) SELECT ?, ?, ? WHERE NOT EXISTS ("
                    + "SELECT 1 FROM listing_expiry_reminder WHERE opportunity_id = " + SqlParameters.UUID + " AND valid_to = ?)")) {
                insert.setString(1, ending.id().toString());
                insert.setDate(2, Date.valueOf(ending.validTo()));
                insert.setTimestamp(3, Timestamp.from(now));
                insert.setString(4, ending.id().toString());
                insert.setDate(5, Date.valueOf(ending.validTo()));
                return insert.executeUpdate() == 1;
            }
        });
    }
}
