package fi.tarjotin.privacy;

import fi.tarjotin.audit.AuditLog;
import fi.tarjotin.common.Guids;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Erases the contact person (name, e-mail, phone) of listings archived longer than the retention period;
 * the role ("Työvalmentaja") stays. Runs daily; idempotent, so several instances may run it.
 */
@Singleton
class ContactRetention {

    private static final Logger LOG = LoggerFactory.getLogger(ContactRetention.class);

    private final JdbcOperations jdbc;
    private final TransactionOperations<Connection> transactions;
    private final AuditLog audit;
    private final RetentionProperties retention;
    private final Clock clock;

    ContactRetention(JdbcOperations jdbc, TransactionOperations<Connection> transactions, AuditLog audit,
                     RetentionProperties retention, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.audit = audit;
        this.retention = retention;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = "24h", initialDelay = "10m")
    void scheduled() {
        int erased = eraseExpired(clock.instant());
        if (erased > 0) {
            LOG.info("Erased the contact persons of {} listings archived over {} months ago", erased,
                    retention.getArchivedContactMonths());
        }
    }

    /** Erases what expired by the given moment; returns how many listings were affected. */
    int eraseExpired(Instant now) {
        Timestamp cutoff = Timestamp.from(now.atOffset(ZoneOffset.UTC)
                .minusMonths(retention.getArchivedContactMonths()).toInstant());
        return transactions.executeWrite(status -> jdbc.execute(connection -> {
            List<UUID> ids = new ArrayList<>();
            try (var select = connection.prepareStatement("SELECT id FROM opportunity WHERE status = 'ARCHIVED' "
                    + "AND archived_at < ? AND (contact_name IS NOT NULL OR contact_email IS NOT NULL "
                    + "OR contact_phone IS NOT NULL)")) {
                select.setTimestamp(1, cutoff);
                try (var rows = select.executeQuery()) {
                    while (rows.next()) {
                        ids.add(Guids.get(rows, 1));
                    }
                }
            }
            for (UUID id : ids) {
                try (var erase = connection.prepareStatement("UPDATE opportunity SET contact_name = NULL, "
                        + "contact_email = NULL, contact_phone = NULL WHERE id = ?")) {
                    erase.setString(1, id.toString());
                    erase.executeUpdate();
                }
                audit.record("OPPORTUNITY", id, "CONTACT_ERASED", null, null,
                        List.of("contact.name", "contact.email", "contact.phone"));
            }
            return ids.size();
        }));
    }
}
