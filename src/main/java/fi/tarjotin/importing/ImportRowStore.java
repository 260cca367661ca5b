package fi.tarjotin.importing;

import fi.tarjotin.common.ExactKey;
import fi.tarjotin.common.Guids;
import fi.tarjotin.common.SqlParameters;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * The {@code import_row} table: which listing each source row of a municipality's catalogue was imported as.
 * A source id is found by its {@link ExactKey}: ids that differ only in case ({@code a1}, {@code A1}) are
 * different rows of the source, although SQL Server's collation compares their text as equal.
 */
@Singleton
class ImportRowStore {

    private final JdbcOperations jdbc;

    ImportRowStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** The listing this source row was imported as. */
    Optional<UUID> imported(String code, String sourceId) {
        return jdbc.execute(c -> {
            try (var s = c.prepareStatement("SELECT opportunity_id FROM import_row WHERE municipality_code = "
                    + SqlParameters.VARCHAR + " AND source_key = " + SqlParameters.VARCHAR)) {
                s.setString(1, code);
                s.setString(2, ExactKey.of(sourceId));
                try (var r = s.executeQuery()) {
                    return r.next() ? Optional.of(Guids.get(r, 1)) : Optional.<UUID>empty();
                }
            }
        });
    }

    /** In the row's transaction: a concurrent import of the same row fails here and rolls its row back. */
    void record(String code, String sourceId, UUID organisation, UUID opportunity, Instant importedAt) {
        jdbc.execute(c -> {
            try (var s = c.prepareStatement("INSERT INTO import_row (municipality_code, source_id, source_key, "
                    + "organisation_id, opportunity_id, imported_at) VALUES (?, ?, ?, ?, ?, ?)")) {
                s.setString(1, code);
                s.setString(2, sourceId);
                s.setString(3, ExactKey.of(sourceId));
                s.setString(4, organisation.toString());
                s.setString(5, opportunity.toString());
                s.setTimestamp(6, Timestamp.from(importedAt));
                return s.executeUpdate();
            }
        });
    }
}
