package fi.tarjotin.opportunity;

import fi.tarjotin.common.Guids;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The listing's side of contact retention: which archived listings still name a contact person, and erasing it. */
@Singleton
public class ContactRetentionStore {

    private final JdbcOperations jdbc;

    ContactRetentionStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Listings archived before {@code cutoff} that still keep a contact's name, e-mail or phone. */
    public List<UUID> archivedWithContactBefore(Instant cutoff) {
        return jdbc.execute(connection -> {
            List<UUID> ids = new ArrayList<>();
            try (var select = connection.prepareStatement("SELECT id FROM opportunity WHERE status = 'ARCHIVED' "
                    + "AND archived_at < ? AND (contact_name IS NOT NULL OR contact_email IS NOT NULL "
                    + "OR contact_phone IS NOT NULL)")) {
                select.setTimestamp(1, Timestamp.from(cutoff));
                try (var rows = select.executeQuery()) {
                    while (rows.next()) {
                        ids.add(Guids.get(rows, 1));
                    }
                }
            }
            return ids;
        });
    }

    /** Erases the listing's contact person (name, e-mail, phone); the role stays. Joins the caller's transaction. */
    public void eraseContact(UUID id) {
        jdbc.execute(connection -> {
            try (var erase = connection.prepareStatement("UPDATE opportunity SET contact_name = NULL, "
                    + "contact_email = NULL, contact_phone = NULL WHERE id = ?")) {
                erase.setString(1, id.toString());
                return erase.executeUpdate();
            }
        });
    }
}
