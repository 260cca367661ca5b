package fi.tarjotin.work;

import fi.tarjotin.common.SqlParameters;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;

import java.sql.Connection;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A queue over a scratch table, {@code work_probe}, written the way the owners' stores are: a conditional
 * UPDATE leases a due row only where its lease is empty or expired, and only the holder records the outcome.
 * {@code leaseCondition = false} leaves the condition out, to show what it is for.
 */
final class ProbeQueue implements WorkQueue<ProbeQueue.Probe> {

    /** A claimed row. */
    record Probe(int id, int failures) {
    }

    static final String TABLE = "CREATE TABLE work_probe (id INT NOT NULL, state NVARCHAR(10) NOT NULL, "
            + "due_at DATETIME2(3) NOT NULL, failures INT NOT NULL, lease_owner NVARCHAR(100) NULL, "
            + "lease_until DATETIME2(3) NULL, CONSTRAINT pk_work_probe PRIMARY KEY (id))";
    private static final String FREE = " AND (lease_until IS NULL OR lease_until < ?)";

    private final JdbcOperations jdbc;
    private final TransactionOperations<Connection> transactions;
    private final boolean leaseCondition;

    ProbeQueue(JdbcOperations jdbc, TransactionOperations<Connection> transactions, boolean leaseCondition) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.leaseCondition = leaseCondition;
    }

    void add(int id, Instant dueAt) {
        update("INSERT INTO work_probe (id, state, due_at, failures) VALUES (?, 'PENDING', ?, 0)", id, Timestamp.from(dueAt));
    }

    String state(int id) {
        return transactions.executeRead(status -> jdbc.execute(c -> {
            try (var s = c.prepareStatement("SELECT state FROM work_probe WHERE id = ?")) {
                s.setInt(1, id);
                try (var r = s.executeQuery()) {
                    r.next();
                    return r.getString(1);
                }
            }
        }));
    }

    @Override
    public List<Probe> claim(String owner, int limit, Instant now, Instant leaseUntil) {
        List<Probe> due = transactions.executeRead(status -> jdbc.execute(c -> {
            List<Probe> rows = new ArrayList<>();
            try (var s = c.prepareStatement("SELECT TOP (?) id, failures FROM work_probe WHERE state = 'PENDING' "
                    + "AND due_at <= ?" + (leaseCondition ? FREE : "") + " ORDER BY due_at, id")) {
                s.setInt(1, limit);
                s.setTimestamp(2, Timestamp.from(now));
                if (leaseCondition) {
                    s.setTimestamp(3, Timestamp.from(now));
                }
                try (var r = s.executeQuery()) {
                    while (r.next()) {
                        rows.add(new Probe(r.getInt(1), r.getInt(2)));
                    }
                }
            }
            return rows;
        }));
        List<Probe> claimed = new ArrayList<>();
        for (Probe probe : due) {
            int leased = leaseCondition
                    ? update("UPDATE work_probe SET lease_owner = ?, lease_until = ? WHERE id = ? AND state = 'PENDING'"
                    + FREE, owner, Timestamp.from(leaseUntil), probe.id(), Timestamp.from(now))
                    : update("UPDATE work_probe SET lease_owner = ?, lease_until = ? WHERE id = ? AND state = 'PENDING'",
                    owner, Timestamp.from(leaseUntil), probe.id());
            if (leased == 1) {
                claimed.add(probe);
            }
        }
        return claimed;
    }

    @Override
    public int failures(Probe item) {
        return item.failures();
    }

    @Override
    public boolean record(Probe item, String owner, Outcome outcome, Instant now) {
        String held = " WHERE id = ? AND lease_owner = " + SqlParameters.VARCHAR;
        return switch (outcome.kind()) {
            case DONE -> update("UPDATE work_probe SET state = 'DONE', lease_owner = NULL, lease_until = NULL" + held,
                    item.id(), owner);
            case RETRY -> update("UPDATE work_probe SET due_at = ?, failures = failures + 1, lease_owner = NULL, "
                    + "lease_until = NULL" + held, Timestamp.from(outcome.retryAt()), item.id(), owner);
            case FAILED -> update("UPDATE work_probe SET state = 'FAILED', failures = failures + 1, lease_owner = NULL, "
                    + "lease_until = NULL" + held, item.id(), owner);
        } == 1;
    }

    private int update(String sql, Object... parameters) {
        return transactions.executeWrite(status -> jdbc.execute(c -> {
            try (var s = c.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    s.setObject(i + 1, parameters[i]);
                }
                return s.executeUpdate();
            }
        }));
    }
}
