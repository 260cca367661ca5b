package fi.tarjotin.directory;

import fi.tarjotin.common.Guids;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** The {@code directory_group} table: the groups the service created or an administrator vouched for. */
@Singleton
class GroupStore {

    /** A remembered group; {@code groupId} is null while the service is still creating it. */
    record Row(String mailNickname, @Nullable String groupId, @Nullable String creationTag) {
    }

    private final JdbcOperations jdbc;
    private final TransactionOperations<Connection> transactions;

    GroupStore(JdbcOperations jdbc, TransactionOperations<Connection> transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    Optional<Row> find(String mailNickname) {
        return jdbc.execute(c -> {
            try (var s = c.prepareStatement("SELECT group_id, creation_tag FROM directory_group WHERE mail_nickname = ?")) {
                s.setString(1, mailNickname);
                try (var r = s.executeQuery()) {
                    if (!r.next()) {
                        return Optional.empty();
                    }
                    UUID id = Guids.get(r, 1);
                    // As a UUID's text (lower case): SQL Server's text of a GUID is upper case, H2's lower.
                    return Optional.of(new Row(mailNickname, id == null ? null : id.toString(), r.getString(2)));
                }
            }
        });
    }

    /**
     * Records, committed at once, that the service is about to create this group under {@code tag}; where
     * another instance got there first, its row is returned instead.
     */
    Row claim(String mailNickname, String tag, Instant now) {
        try {
            write("INSERT INTO directory_group (mail_nickname, group_id, creation_tag, created_at, updated_at) "
                    + "VALUES (?, NULL, ?, ?, ?)", mailNickname, tag, Timestamp.from(now), Timestamp.from(now));
        } catch (RuntimeException failure) {
            if (!duplicateKey(failure)) {
                throw failure;
            }
        }
        return find(mailNickname).orElseThrow();
    }

    /** Stores the group's id unless one is stored already; returns the id that holds from now on. */
    String record(String mailNickname, String groupId, Instant now) {
        write("UPDATE directory_group SET group_id = ?, updated_at = ? WHERE mail_nickname = ? AND group_id IS NULL",
                groupId, Timestamp.from(now), mailNickname);
        return find(mailNickname).map(Row::groupId).orElseThrow();
    }

    /** Makes this the group of that name, as an administrator said it is. */
    void replace(String mailNickname, String groupId, Instant now) {
        int updated = write("UPDATE directory_group SET group_id = ?, updated_at = ? WHERE mail_nickname = ?",
                groupId, Timestamp.from(now), mailNickname);
        if (updated == 0) {
            write("INSERT INTO directory_group (mail_nickname, group_id, creation_tag, created_at, updated_at) "
                    + "VALUES (?, ?, NULL, ?, ?)", mailNickname, groupId, Timestamp.from(now), Timestamp.from(now));
        }
    }

    private static boolean duplicateKey(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException e && e.getSQLState() != null && e.getSQLState().startsWith("23")) {
                return true;
            }
        }
        return false;
    }

    /** Joins the caller's transaction, or commits on its own (a claim must be visible to other instances). */
    private int write(String sql, Object... parameters) {
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
