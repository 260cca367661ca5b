package fi.tarjotin.subscription;

import fi.tarjotin.common.Guids;
import fi.tarjotin.common.SqlParameters;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The hand-written SQL of {@code webhook_subscription} and {@code webhook_delivery} outside the delivery queue:
 * who is notified of a change, queuing their notifications, paging, deleting and housekeeping.
 */
@Singleton
class SubscriptionStore {

    /** A subscription to notify, and of which of its events. */
    record Target(UUID subscription, String event) {
    }

    /** One notification to queue, due at once. */
    record NewDelivery(UUID key, UUID subscription, String payload) {
    }

    private final JdbcOperations jdbc;
    private final TransactionOperations<Connection> transactions;

    SubscriptionStore(JdbcOperations jdbc, TransactionOperations<Connection> transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /** Active subscriptions to one of {@code events} whose type and municipality filters the listing matches. */
    List<Target> matching(List<String> events, String type, List<String> municipalityCodes) {
        String sql = "SELECT id, event FROM webhook_subscription WHERE status = 'ACTIVE' AND event IN ("
                + SqlParameters.varchars(events.size()) + ") AND (type IS NULL OR type = " + SqlParameters.VARCHAR + ")"
                + (municipalityCodes.isEmpty() ? " AND municipality_code IS NULL"
                : " AND (municipality_code IS NULL OR municipality_code IN ("
                + SqlParameters.varchars(municipalityCodes.size()) + "))");
        return jdbc.execute(connection -> {
            List<Target> targets = new ArrayList<>();
            try (var select = connection.prepareStatement(sql)) {
                int i = 1;
                for (String event : events) {
                    select.setString(i++, event);
                }
                select.setString(i++, type);
                for (String code : municipalityCodes) {
                    select.setString(i++, code);
                }
                try (var rows = select.executeQuery()) {
                    while (rows.next()) {
                        targets.add(new Target(Guids.get(rows, 1), rows.getString(2)));
                    }
                }
            }
            return targets;
        });
    }

    /** Queues the notifications, due at {@code now}; joins the caller's transaction. */
    void enqueue(List<NewDelivery> deliveries, Instant now) {
        jdbc.execute(connection -> {
            try (var insert = connection.prepareStatement("INSERT INTO webhook_delivery (delivery_key, subscription_id, "
                    + "payload, status, attempts, due_at, created_at) VALUES (?, ?, ?, 'PENDING', 0, ?, ?)")) {
                for (NewDelivery delivery : deliveries) {
                    insert.setString(1, delivery.key().toString());
                    insert.setString(2, delivery.subscription().toString());
                    insert.setString(3, delivery.payload());
                    insert.setTimestamp(4, Timestamp.from(now));
                    insert.setTimestamp(5, Timestamp.from(now));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            return null;
        });
    }

    /**
     * Up to {@code limit} subscriptions, newest first, after the position ({@code afterCreated}, {@code afterId})
     * if given; only the owner's unless {@code owner} is null; of one status if given.
     */
    List<Subscription> page(int limit, @Nullable UUID ownerTenant, @Nullable UUID ownerOid, @Nullable String status,
                            @Nullable Instant afterCreated, @Nullable String afterId) {
        StringBuilder sql = new StringBuilder("SELECT TOP (?) * FROM webhook_subscription WHERE 1 = 1");
        List<Object> args = new ArrayList<>(List.of(limit));
        if (ownerTenant != null && ownerOid != null) {
            sql.append(" AND owner_tenant_id = ? AND owner_oid = ?");
            args.add(ownerTenant.toString());
            args.add(ownerOid.toString());
        }
        if (status != null) {
            sql.append(" AND status = ").append(SqlParameters.VARCHAR);
            args.add(status);
        }
        if (afterCreated != null) {
            sql.append(" AND (created_at < ? OR (created_at = ? AND id < ?))");
            args.add(Timestamp.from(afterCreated));
            args.add(Timestamp.from(afterCreated));
            args.add(afterId);
        }
        sql.append(" ORDER BY created_at DESC, id DESC");
        return jdbc.execute(connection -> {
            try (var select = connection.prepareStatement(sql.toString())) {
                for (int i = 0; i < args.size(); i++) {
                    select.setObject(i + 1, args.get(i));
                }
                try (ResultSet rs = select.executeQuery()) {
                    List<Subscription> found = new ArrayList<>();
                    while (rs.next()) {
                        found.add(row(rs));
                    }
                    return found;
                }
            }
        });
    }

    /** Deletes the subscription and its notifications, delivered or not. */
    void delete(UUID id) {
        transactions.executeWrite(status -> jdbc.execute(connection -> {
            try (var delete = connection.prepareStatement("DELETE FROM webhook_delivery WHERE subscription_id = ?")) {
                delete.setString(1, id.toString());
                delete.executeUpdate();
            }
            try (var delete = connection.prepareStatement("DELETE FROM webhook_subscription WHERE id = ?")) {
                delete.setString(1, id.toString());
                delete.executeUpdate();
            }
            return null;
        }));
    }

    /** Notifications pending and due (the index {@code ix_webhook_delivery_due}). */
    long due(Instant now) {
        return transactions.executeRead(status -> jdbc.execute(connection -> {
            try (var count = connection.prepareStatement(
                    "SELECT COUNT(*) FROM webhook_delivery WHERE status = 'PENDING' AND due_at <= ?")) {
                count.setTimestamp(1, Timestamp.from(now));
                try (var rows = count.executeQuery()) {
                    rows.next();
                    return rows.getLong(1);
                }
            }
        }));
    }

    /** Removes finished notifications older than {@code before}: they only served troubleshooting. */
    int purgeFinished(Instant before) {
        return transactions.executeWrite(status -> jdbc.execute(connection -> {
            try (var purge = connection.prepareStatement(
                    "DELETE FROM webhook_delivery WHERE finished_at < ? AND status <> 'PENDING'")) {
                purge.setTimestamp(1, Timestamp.from(before));
                return purge.executeUpdate();
            }
        }));
    }

    private static Subscription row(ResultSet rs) throws SQLException {
        Timestamp disabled = rs.getTimestamp("disabled_at");
        return new Subscription(Guids.get(rs, "id"), rs.getLong("version"), rs.getString("event"),
                rs.getString("callback_url"), rs.getString("callback_host"), rs.getString("municipality_code"),
                rs.getString("type"), Guids.get(rs, "owner_tenant_id"),
                Guids.get(rs, "owner_oid"), rs.getString("owner_name"), rs.getString("status"),
                rs.getInt("consecutive_failures"), rs.getString("last_error"), rs.getTimestamp("created_at").toInstant(),
                disabled == null ? null : disabled.toInstant());
    }
}
