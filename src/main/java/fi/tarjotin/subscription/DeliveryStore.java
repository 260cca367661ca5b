package fi.tarjotin.subscription;

import fi.tarjotin.common.Guids;
import fi.tarjotin.common.SqlParameters;
import fi.tarjotin.work.Outcome;
import fi.tarjotin.work.WorkQueue;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The table of outgoing notifications, as a {@link WorkQueue} of the background-work engine. A due row is
 * claimed with a conditional UPDATE that sets a lease; only the holder of the lease may record the outcome,
 * and a lease left by a crashed instance expires so that another instance delivers the row.
 */
@Singleton
class DeliveryStore implements WorkQueue<DeliveryStore.Claimed> {

    /**
     * A claimed notification with where to post it. The keys are UUIDs, not their text: SQL Server's text of
     * a GUID is upper case, while the payload carries the lower-case form that the header must repeat.
     */
    record Claimed(long id, UUID deliveryKey, UUID subscriptionId, String payload, int attempts,
                   @Nullable String callbackUrl, @Nullable String subscriptionStatus) {

        /** Whether the subscription is still there to be notified. */
        boolean active() {
            return callbackUrl != null && Subscription.ACTIVE.equals(subscriptionStatus);
        }
    }

    private final JdbcOperations jdbc;
    private final TransactionOperations<Connection> transactions;
    private final WebhookSettings settings;

    DeliveryStore(JdbcOperations jdbc, TransactionOperations<Connection> transactions, WebhookSettings settings) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.settings = settings;
    }

    @Override
    public List<Claimed> claim(String owner, int limit, Instant now, Instant leaseUntil) {
        List<Long> due = transactions.executeRead(status -> jdbc.execute(connection -> {
            List<Long> ids = new ArrayList<>();
            try (var select = connection.prepareStatement("SELECT TOP (?) id FROM webhook_delivery WHERE status = 'PENDING' "
                    + "AND due_at <= ? AND (lease_until IS NULL OR lease_until < ?) ORDER BY due_at, id")) {
                select.setInt(1, limit);
                select.setTimestamp(2, Timestamp.from(now));
                select.setTimestamp(3, Timestamp.from(now));
                try (var rows = select.executeQuery()) {
                    while (rows.next()) {
                        ids.add(rows.getLong(1));
                    }
                }
            }
            return ids;
        }));
        List<Claimed> claimed = new ArrayList<>();
        for (Long id : due) {
            tryClaim(id, owner, now, leaseUntil).ifPresent(claimed::add);
        }
        return claimed;
    }

    private Optional<Claimed> tryClaim(long id, String owner, Instant now, Instant leaseUntil) {
        return transactions.executeWrite(status -> jdbc.execute(connection -> {
            try (var lease = connection.prepareStatement("UPDATE webhook_delivery SET lease_owner = ?, lease_until = ? "
                    + "WHERE id = ? AND status = 'PENDING' AND (lease_until IS NULL OR lease_until < ?)")) {
                lease.setString(1, owner);
                lease.setTimestamp(2, Timestamp.from(leaseUntil));
                lease.setLong(3, id);
                lease.setTimestamp(4, Timestamp.from(now));
                if (lease.executeUpdate() != 1) {
                    return Optional.<Claimed>empty();
                }
            }
            try (var read = connection.prepareStatement("SELECT d.delivery_key, d.subscription_id, d.payload, d.attempts, "
                    + "s.callback_url, s.status FROM webhook_delivery d LEFT JOIN webhook_subscription s "
                    + "ON s.id = d.subscription_id WHERE d.id = ?")) {
                read.setLong(1, id);
                try (var row = read.executeQuery()) {
                    if (!row.next()) {
                        return Optional.<Claimed>empty();
                    }
                    return Optional.of(new Claimed(id, Guids.get(row, 1), Guids.get(row, 2), row.getString(3),
                            row.getInt(4), row.getString(5), row.getString(6)));
                }
            }
        }));
    }

    @Override
    public int failures(Claimed item) {
        return item.attempts();
    }

    /** Delivered, retried or given up; a notification for a subscription no longer active is cancelled. */
    @Override
    public boolean record(Claimed d, String owner, Outcome outcome, Instant now) {
        if (outcome.kind() == Outcome.Kind.DONE) {
            delivered(d, owner, outcome.attempt().status(), now);
        } else if (!d.active()) {
            cancelled(d, owner, now);
        } else {
            failed(d, owner, outcome.attempt().status(), outcome.attempt().error(), outcome.retryAt(), now);
        }
        return true;
    }

    /** The notification reached its receiver; the subscription's failure count starts over. */
    private void delivered(Claimed d, String owner, @Nullable Integer statusCode, Instant now) {
        transactions.executeWrite(status -> jdbc.execute(connection -> {
            if (finish(connection, d, owner, "DELIVERED", statusCode, null, now)) {
                try (var reset = connection.prepareStatement("UPDATE webhook_subscription SET consecutive_failures = 0, "
                        + "last_error = NULL, version = version + 1 WHERE id = ? AND consecutive_failures > 0")) {
                    reset.setString(1, d.subscriptionId().toString());
                    reset.executeUpdate();
                }
            }
            return null;
        }));
    }

    /**
     * An attempt failed: try again at {@code retryAt}, or give the notification up after the last attempt;
     * a subscription that has failed {@code disableAfter} times in a row is disabled and its queue emptied.
     */
    private void failed(Claimed d, String owner, @Nullable Integer statusCode, String error, @Nullable Instant retryAt,
                        Instant now) {
        int disableAfter = settings.getDisableAfterFailures();
        String shortError = error.length() > 300 ? error.substring(0, 300) : error;
        transactions.executeWrite(status -> jdbc.execute(connection -> {
            boolean recorded;
            if (retryAt == null) {
                recorded = finish(connection, d, owner, "FAILED", statusCode, shortError, now);
            } else {
                try (var retry = connection.prepareStatement("UPDATE webhook_delivery SET attempts = attempts + 1, "
                        + "due_at = ?, lease_owner = NULL, lease_until = NULL, last_status_code = ?, last_error = ? "
                        + "WHERE id = ? AND lease_owner = " + SqlParameters.VARCHAR + " AND status = 'PENDING'")) {
                    retry.setTimestamp(1, Timestamp.from(retryAt));
                    retry.setObject(2, statusCode);
                    retry.setString(3, shortError);
                    retry.setLong(4, d.id());
                    retry.setString(5, owner);
                    recorded = retry.executeUpdate() == 1;
                }
            }
            if (!recorded) {
                return null;
            }
            try (var count = connection.prepareStatement("UPDATE webhook_subscription SET consecutive_failures = "
                    + "consecutive_failures + 1, last_error = ?, version = version + 1 WHERE id = ?")) {
                count.setString(1, shortError);
                count.setString(2, d.subscriptionId().toString());
                count.executeUpdate();
            }
            try (var disable = connection.prepareStatement("UPDATE webhook_subscription SET status = 'DISABLED', "
                    + "disabled_at = ?, version = version + 1 WHERE id = ? AND status = 'ACTIVE' AND consecutive_failures >= ?")) {
                disable.setTimestamp(1, Timestamp.from(now));
                disable.setString(2, d.subscriptionId().toString());
                disable.setInt(3, disableAfter);
                if (disable.executeUpdate() == 1) {
                    cancelPending(connection, d.subscriptionId(), now);
                }
            }
            return null;
        }));
    }

    /** The subscription is gone or disabled: the notification will not be sent. */
    private void cancelled(Claimed d, String owner, Instant now) {
        transactions.executeWrite(status -> jdbc.execute(connection -> {
            finish(connection, d, owner, "CANCELLED", null, "subscription not active", now);
            return null;
        }));
    }

    private static boolean finish(Connection connection, Claimed d, String owner, String outcome,
                                  @Nullable Integer statusCode, @Nullable String error, Instant now) throws SQLException {
        try (var finish = connection.prepareStatement("UPDATE webhook_delivery SET status = ?, attempts = attempts + 1, "
                + "finished_at = ?, lease_owner = NULL, lease_until = NULL, last_status_code = ?, last_error = ? "
                + "WHERE id = ? AND lease_owner = " + SqlParameters.VARCHAR + " AND status = 'PENDING'")) {
            finish.setString(1, outcome);
            finish.setTimestamp(2, Timestamp.from(now));
            finish.setObject(3, statusCode);
            finish.setString(4, error);
            finish.setLong(5, d.id());
            finish.setString(6, owner);
            return finish.executeUpdate() == 1;
        }
    }

    private static void cancelPending(Connection connection, UUID subscriptionId, Instant now) throws SQLException {
        try (var cancel = connection.prepareStatement("UPDATE webhook_delivery SET status = 'CANCELLED', finished_at = ?, "
                + "lease_owner = NULL, lease_until = NULL WHERE subscription_id = ? AND status = 'PENDING'")) {
            cancel.setTimestamp(1, Timestamp.from(now));
            cancel.setString(2, subscriptionId.toString());
            cancel.executeUpdate();
        }
    }
}
