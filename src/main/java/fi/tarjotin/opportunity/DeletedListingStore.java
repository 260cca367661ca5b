package fi.tarjotin.opportunity;

import fi.tarjotin.common.Guids;
import fi.tarjotin.common.SqlParameters;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The listings deleted in the last day ({@code deleted_listing}): how the search index of every instance learns
 * of a deletion made on another, since a deleted row leaves nothing for its poll of changes to read.
 */
@Singleton
class DeletedListingStore {

    private final JdbcOperations jdbc;

    DeletedListingStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Records a deletion, in the transaction that deletes the listing. */
    void record(UUID id, Instant at) {
        jdbc.execute(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "INSERT INTO deleted_listing (opportunity_id, deleted_at) VALUES (" + SqlParameters.UUID + ", ?)")) {
                statement.setObject(1, id.toString());
                statement.setTimestamp(2, Timestamp.from(at));
                return statement.executeUpdate();
            }
        });
    }

    /** The listings deleted at or after {@code since}, with the time of their deletion. */
    List<ListingDocumentQueries.Change> deletedSince(Instant since) {
        return jdbc.execute(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT d.opportunity_id, d.deleted_at FROM deleted_listing d WHERE d.deleted_at >= ?")) {
                statement.setTimestamp(1, Timestamp.from(since));
                List<ListingDocumentQueries.Change> deleted = new ArrayList<>();
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        deleted.add(new ListingDocumentQueries.Change(Guids.get(rs, 1), rs.getTimestamp(2).toInstant()));
                    }
                }
                return deleted;
            }
        });
    }

    /** Forgets the deletions before {@code before}: every instance has read them long since, or rebuilt. */
    int forgetBefore(Instant before) {
        return jdbc.execute(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "DELETE FROM deleted_listing WHERE deleted_at < ?")) {
                statement.setTimestamp(1, Timestamp.from(before));
                return statement.executeUpdate();
            }
        });
    }
}
