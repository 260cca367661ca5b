package fi.tarjotin.opportunity;

import fi.tarjotin.audit.AuditLog;
import fi.tarjotin.privacy.RetentionProperties;
import fi.tarjotin.work.ScheduledJob;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * Erases the contact person (name, e-mail, phone) of listings archived longer than the retention period;
 * the role ("Työvalmentaja") stays. A daily job of the background-work engine, so it runs on one instance.
 * It lives with the listings it changes; privacy only sets the period.
 */
@Singleton
public class ContactRetention implements ScheduledJob {

    private static final Logger LOG = LoggerFactory.getLogger(ContactRetention.class);

    private final ContactRetentionStore listings;
    private final TransactionOperations<Connection> transactions;
    private final AuditLog audit;
    private final RetentionProperties retention;

    ContactRetention(ContactRetentionStore listings, TransactionOperations<Connection> transactions, AuditLog audit,
                     RetentionProperties retention) {
        this.listings = listings;
        this.transactions = transactions;
        this.audit = audit;
        this.retention = retention;
    }

    @Override
    public String name() {
        return "contact-retention";
    }

    @Override
    public Duration interval() {
        return Duration.ofDays(1);
    }

    @Override
    public void run(Instant now) {
        int erased = eraseExpired(now);
        if (erased > 0) {
            LOG.info("Erased the contact persons of {} listings archived over {} months ago", erased,
                    retention.getArchivedContactMonths());
        }
    }

    /** Erases what expired by the given moment; returns how many listings were affected. */
    public int eraseExpired(Instant now) {
        Instant cutoff = now.atOffset(ZoneOffset.UTC).minusMonths(retention.getArchivedContactMonths()).toInstant();
        return transactions.executeWrite(status -> {
            List<UUID> ids = listings.archivedWithContactBefore(cutoff);
            for (UUID id : ids) {
                listings.eraseContact(id);
                audit.record("OPPORTUNITY", id, "CONTACT_ERASED", null, null,
                        List.of("contact.name", "contact.email", "contact.phone"));
            }
            return ids.size();
        });
    }
}
