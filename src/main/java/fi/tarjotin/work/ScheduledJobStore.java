package fi.tarjotin.work;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.OptionalInt;

/** The {@code scheduled_job} table: one row per recurring job, leased by the instance that runs it. */
@Singleton
class ScheduledJobStore {

    private final JdbcOperations jdbc;
    private final TransactionOperations<Connection> transactions;

    ScheduledJobStore(JdbcOperations jdbc, TransactionOperations<Connection> transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /**
     * Leases the job to {@code owner} until {@code leaseUntil} if it is due and nobody holds it; returns how many
     * runs failed in a row before this one, or empty where the job is not this instance's to run now.
     */
    OptionalInt claim(String name, String owner, Instant now, Instant leaseUntil, Instant firstRun) {
        return transactions.executeWrite(status -> jdbc.execute(connection -> {
            addIfMissing(connection, name, firstRun);
            try (var lease = connection.prepareStatement("UPDATE scheduled_job SET lease_owner = ?, lease_until = ? "
                    + "WHERE name = ? AND next_run_at <= ? AND (lease_until IS NULL OR lease_until < ?)")) {
                lease.setString(1, owner);
                lease.setTimestamp(2, Timestamp.from(leaseUntil));
                lease.setString(3, name);
                lease.setTimestamp(4, Timestamp.from(now));
                lease.setTimestamp(5, Timestamp.from(now));
                if (lease.executeUpdate() != 1) {
                    return OptionalInt.empty();
                }
            }
            try (var read = connection.prepareStatement("SELECT failures FROM scheduled_job WHERE name = ?")) {
                read.setString(1, name);
                try (var row = read.executeQuery()) {
                    return row.next() ? OptionalInt.of(row.getInt(1)) : OptionalInt.empty();
                }
            }
        }));
    }

    /** Records a run and when the next is due, if {@code owner} still holds the lease; null error for success. */
    boolean finish(String name, String owner, Instant ranAt, Instant nextRunAt, @Nullable String error) {
        return transactions.executeWrite(status -> jdbc.execute(connection -> {
            try (var finish = connection.prepareStatement("UPDATE scheduled_job SET next_run_at = ?, last_run_at = ?, "
                    + "lease_owner = NULL, lease_until = NULL, last_error = ?, "
                    + "failures = CASE WHEN ? = 1 THEN failures + 1 ELSE 0 END WHERE name = ? AND lease_owner = ?")) {
                finish.setTimestamp(1, Timestamp.from(nextRunAt));
                finish.setTimestamp(2, Timestamp.from(ranAt));
                finish.setString(3, error == null ? null : error.length() > 300 ? error.substring(0, 300) : error);
                finish.setInt(4, error == null ? 0 : 1);
                finish.setString(5, name);
                finish.setString(6, owner);
                return finish.executeUpdate() == 1;
            }
        }));
    }

    /** A new job's row, first due at {@code firstRun}; two instances starting at once race on the key only. */
    private static void addIfMissing(Connection connection, String name, Instant firstRun) throws SQLException {
        try (var insert = connection.prepareStatement("INSERT INTO scheduled_job (name, next_run_at, failures) "
                + "SELECT ?, ?, 0 WHERE NOT EXISTS (SELECT 1 FROM scheduled_job WHERE name = ?)")) {
            insert.setString(1, name);
            insert.setTimestamp(2, Timestamp.from(firstRun));
            insert.setString(3, name);
            insert.executeUpdate();
        }
    }
}
