package fi.tarjotin.subscription;

import fi.tarjotin.observability.WorkBacklog;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.Timestamp;
import java.time.Instant;

/** Notifications waiting for a Power Automate flow: pending and due (the index {@code ix_webhook_delivery_due}). */
@Singleton
class WebhookBacklog implements WorkBacklog {

    private final JdbcOperations jdbc;
    private final TransactionOperations<Connection> transactions;

    WebhookBacklog(JdbcOperations jdbc, TransactionOperations<Connection> transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    @Override
    public String queue() {
        return "webhook-delivery";
    }

    @Override
    public long due(Instant now) {
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
}
