package fi.tarjotin.organisation;

import fi.tarjotin.common.SearchText;
import fi.tarjotin.common.SortKey;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Writes generated associations in JDBC batches, shaped as the API writes them, for the load-test seeder
 * (the API would take hours for thousands). Joins the caller's transaction.
 */
@Singleton
public class BulkOrganisationStore {

    /** A generated association and the municipalities where it works. */
    public record NewOrganisation(UUID id, String name, List<String> municipalityCodes) {
    }

    private final JdbcOperations jdbc;

    BulkOrganisationStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the organisations, version 0, created and updated {@code now}. */
    public void insert(List<NewOrganisation> batch, Instant now) {
        Timestamp at = Timestamp.from(now);
        jdbc.execute(c -> {
            try (PreparedStatement org = c.prepareStatement("INSERT INTO organisation (id, version, name, name_search, "
                    + "name_sort, kind, created_at, updated_at) VALUES (?, 0, ?, ?, ?, 'ASSOCIATION', ?, ?)");
                 PreparedStatement where = c.prepareStatement(
                         "INSERT INTO organisation_municipality (organisation_id, municipality_code) VALUES (?, ?)")) {
                for (NewOrganisation o : batch) {
                    org.setString(1, o.id().toString());
                    org.setString(2, o.name());
                    org.setString(3, SearchText.normalise(o.name()));
                    org.setString(4, SortKey.of(o.name()));
                    org.setTimestamp(5, at);
                    org.setTimestamp(6, at);
                    org.addBatch();
                    for (String code : o.municipalityCodes()) {
                        where.setString(1, o.id().toString());
                        where.setString(2, code);
                        where.addBatch();
                    }
                }
                org.executeBatch();
                where.executeBatch();
            }
            return null;
        });
    }
}
