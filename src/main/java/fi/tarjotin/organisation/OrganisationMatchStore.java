package fi.tarjotin.organisation;

import fi.tarjotin.common.Guids;
import fi.tarjotin.common.SearchText;
import fi.tarjotin.common.SqlParameters;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.util.Optional;
import java.util.UUID;

/** Finds an existing organisation by what a source outside the API knows of it: its business id or its name. */
@Singleton
class OrganisationMatchStore {

    private final JdbcOperations jdbc;

    OrganisationMatchStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    Optional<UUID> byBusinessId(String businessId) {
        return first("SELECT id FROM organisation WHERE business_id = " + SqlParameters.VARCHAR, businessId);
    }

    /** By {@link SearchText#normalise normalised} name among the organisations working in the municipality. */
    Optional<UUID> byNameIn(String municipalityCode, String name) {
        return first("SELECT o.id FROM organisation o JOIN organisation_municipality m ON m.organisation_id = o.id "
                + "WHERE m.municipality_code = " + SqlParameters.VARCHAR + " AND o.name_search = ?",
                municipalityCode, SearchText.normalise(name));
    }

    private Optional<UUID> first(String sql, String... parameters) {
        return jdbc.execute(c -> {
            try (var s = c.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    s.setString(i + 1, parameters[i]);
                }
                try (var r = s.executeQuery()) {
                    return r.next() ? Optional.of(Guids.get(r, 1)) : Optional.<UUID>empty();
                }
            }
        });
    }
}
