package fi.tarjotin.directory;

import fi.tarjotin.common.Guids;
import fi.tarjotin.common.SqlParameters;
import fi.tarjotin.directory.DirectoryStep.StepStatus;
import fi.tarjotin.work.Outcome;
import fi.tarjotin.work.WorkQueue;
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
import java.util.Optional;
import java.util.UUID;

/**
 * The {@code directory_step} table, a {@link WorkQueue} of the background-work engine. Every change of a
 * claimed step is conditional on the lease it holds, so an instance whose lease ran out (and whose step
 * another instance took over) changes nothing.
 */
@Singleton
class StepStore implements WorkQueue<DirectoryStep> {

    /** The subject's steps: both columns are VARCHAR. */
    private static final String SUBJECT = "subject_type = " + SqlParameters.VARCHAR + " AND subject_id = "
            + SqlParameters.VARCHAR;
    private static final String COLUMNS = "id, subject_type, subject_id, name, kind, stage, argument, "
            + "needs_directory, status, message_code, result, attempts, next_attempt_at, lease_owner, "
            + "lease_expires_at, created_at, updated_at";

    private final JdbcOperations jdbc;
    private final TransactionOperations<Connection> transactions;
    private final Directory directory;

    StepStore(JdbcOperations jdbc, TransactionOperations<Connection> transactions, Directory directory) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.directory = directory;
    }

    /** Due steps this instance could lease (without a directory, only those that need none), leased. */
    @Override
    public List<DirectoryStep> claim(String owner, int limit, Instant now, Instant leaseUntil) {
        List<DirectoryStep> claimed = new ArrayList<>();
        for (UUID id : due(now, limit, directory.configured())) {
            if (claim(id, owner, now, leaseUntil)) {
                find(id).ifPresent(claimed::add);
            }
        }
        return claimed;
    }

    @Override
    public int failures(DirectoryStep step) {
        return step.attempts();
    }

    /** Joins the caller's transaction, where the handler records the step's consequences. */
    @Override
    public boolean record(DirectoryStep step, String owner, Outcome outcome, Instant now) {
        String code = outcome.attempt().error();
        return switch (outcome.kind()) {
            case DONE -> markDone(step.id(), owner, outcome.attempt().result(), now);
            case RETRY -> retryLater(step.id(), owner, code, outcome.retryAt(), now);
            case FAILED -> fail(step.id(), owner, code, now);
        };
    }

    /** Adds the step unless the subject has one of that name already; true where it was added. */
    boolean addIfMissing(String subjectType, String subjectId, StepPlan plan, @Nullable String messageCode,
                         Instant now) {
        if (find(subjectType, subjectId, plan.name()).isPresent()) {
            return false;
        }
        return update("INSERT INTO directory_step (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', ?, "
                        + "NULL, 0, ?, NULL, NULL, ?, ?)", UUID.randomUUID().toString(), subjectType, subjectId,
                plan.name(), plan.kind(), plan.stage(), plan.argument(), plan.needsDirectory(), messageCode,
                ts(now), ts(now), ts(now)) == 1;
    }

    List<DirectoryStep> list(String subjectType, String subjectId) {
        return query("SELECT " + COLUMNS + " FROM directory_step WHERE " + SUBJECT + " ORDER BY stage, name",
                subjectType, subjectId);
    }

    Optional<DirectoryStep> find(String subjectType, String subjectId, String name) {
        return query("SELECT " + COLUMNS + " FROM directory_step WHERE " + SUBJECT + " AND name = "
                + SqlParameters.VARCHAR,
                subjectType, subjectId, name).stream().findFirst();
    }

    Optional<DirectoryStep> find(UUID id) {
        return query("SELECT " + COLUMNS + " FROM directory_step WHERE id = ?", id.toString()).stream().findFirst();
    }

    /**
     * Pending steps whose time has come, whose lease (if any) has run out, and whose earlier stages are
     * finished. Without a directory, only the steps that need none.
     */
    private List<UUID> due(Instant now, int limit, boolean directoryConfigured) {
        String sql = "SELECT TOP (?) s.id FROM directory_step s WHERE s.status = 'PENDING' AND s.next_attempt_at <= ? "
                + "AND (s.lease_expires_at IS NULL OR s.lease_expires_at < ?) "
                + (directoryConfigured ? "" : "AND s.needs_directory = 0 ")
                + "AND NOT EXISTS (SELECT 1 FROM directory_step p WHERE p.subject_type = s.subject_type "
                + "AND p.subject_id = s.subject_id AND p.stage < s.stage AND p.status NOT IN ('DONE', 'SKIPPED')) "
                + "ORDER BY s.next_attempt_at, s.id";
        return jdbc.execute(connection -> {
            List<UUID> ids = new ArrayList<>();
            try (var statement = connection.prepareStatement(sql)) {
                statement.setInt(1, limit);
                statement.setTimestamp(2, ts(now));
                statement.setTimestamp(3, ts(now));
                try (var rows = statement.executeQuery()) {
                    while (rows.next()) {
                        ids.add(Guids.get(rows, 1));
                    }
                }
            }
            return ids;
        });
    }

    /** Takes the step for {@code owner} until {@code leaseUntil}, unless another instance holds it. */
    private boolean claim(UUID id, String owner, Instant now, Instant leaseUntil) {
        return update("UPDATE directory_step SET lease_owner = ?, lease_expires_at = ?, updated_at = ? "
                        + "WHERE id = ? AND status = 'PENDING' AND (lease_expires_at IS NULL OR lease_expires_at < ?)",
                owner, ts(leaseUntil), ts(now), id.toString(), ts(now)) == 1;
    }

    private boolean markDone(UUID id, String owner, @Nullable String result, Instant now) {
        return update("UPDATE directory_step SET status = 'DONE', result = ?, message_code = NULL, attempts = attempts + 1, "
                        + "lease_owner = NULL, lease_expires_at = NULL, updated_at = ? "
                        + "WHERE id = ? AND status = 'PENDING' AND lease_owner = " + SqlParameters.VARCHAR,
                result, ts(now), id.toString(), owner) == 1;
    }

    private boolean retryLater(UUID id, String owner, String messageCode, Instant next, Instant now) {
        return update("UPDATE directory_step SET message_code = ?, attempts = attempts + 1, next_attempt_at = ?, "
                        + "lease_owner = NULL, lease_expires_at = NULL, updated_at = ? "
                        + "WHERE id = ? AND status = 'PENDING' AND lease_owner = " + SqlParameters.VARCHAR,
                messageCode, ts(next), ts(now), id.toString(), owner) == 1;
    }

    private boolean fail(UUID id, String owner, String messageCode, Instant now) {
        return update("UPDATE directory_step SET status = 'FAILED', message_code = ?, attempts = attempts + 1, "
                        + "lease_owner = NULL, lease_expires_at = NULL, updated_at = ? "
                        + "WHERE id = ? AND status = 'PENDING' AND lease_owner = " + SqlParameters.VARCHAR,
                messageCode, ts(now), id.toString(), owner) == 1;
    }

    /** Marks a step done by hand (an administrator did the work); false if it was done already. */
    boolean completeByHand(UUID id, @Nullable String result, Instant now) {
        return update("UPDATE directory_step SET status = 'DONE', result = COALESCE(?, result), "
                        + "message_code = 'STEP_COMPLETED_BY_HAND', lease_owner = NULL, lease_expires_at = NULL, "
                        + "updated_at = ? WHERE id = ? AND status <> 'DONE'",
                result, ts(now), id.toString()) == 1;
    }

    /** Replaces the result of a done step (an administrator corrects their completion); false if it is not done. */
    boolean correctResult(UUID id, String result, Instant now) {
        return update("UPDATE directory_step SET result = ?, message_code = 'STEP_COMPLETED_BY_HAND', updated_at = ? "
                + "WHERE id = ? AND status = 'DONE'", result, ts(now), id.toString()) == 1;
    }

    /** Puts a failed step back in the queue, due now. */
    boolean retry(UUID id, Instant now) {
        return update("UPDATE directory_step SET status = 'PENDING', attempts = 0, next_attempt_at = ?, "
                + "updated_at = ? WHERE id = ? AND status = 'FAILED'", ts(now), ts(now), id.toString()) == 1;
    }

    /** Joins the caller's transaction, or commits on its own (a claim must be visible to other instances). */
    private int update(String sql, Object... parameters) {
        return transactions.executeWrite(status -> jdbc.execute(connection -> {
            try (var statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    statement.setObject(i + 1, parameters[i]);
                }
                return statement.executeUpdate();
            }
        }));
    }

    private List<DirectoryStep> query(String sql, String... parameters) {
        return jdbc.execute(connection -> {
            List<DirectoryStep> steps = new ArrayList<>();
            try (var statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    statement.setString(i + 1, parameters[i]);
                }
                try (var rows = statement.executeQuery()) {
                    while (rows.next()) {
                        steps.add(read(rows));
                    }
                }
            }
            return steps;
        });
    }

    private static DirectoryStep read(ResultSet r) throws SQLException {
        return new DirectoryStep(Guids.get(r, "id"), r.getString("subject_type"),
                r.getString("subject_id"), r.getString("name"), r.getString("kind"), r.getInt("stage"),
                r.getString("argument"), r.getBoolean("needs_directory"), StepStatus.valueOf(r.getString("status")),
                r.getString("message_code"), r.getString("result"), r.getInt("attempts"),
                instant(r, "next_attempt_at"), r.getString("lease_owner"), instant(r, "lease_expires_at"),
                instant(r, "created_at"), instant(r, "updated_at"));
    }

    private static Instant instant(ResultSet r, String column) throws SQLException {
        Timestamp t = r.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static Timestamp ts(Instant instant) {
        return Timestamp.from(instant);
    }
}
