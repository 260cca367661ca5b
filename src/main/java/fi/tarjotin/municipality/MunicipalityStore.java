package fi.tarjotin.municipality;

import fi.tarjotin.common.Guids;
import fi.tarjotin.common.SqlParameters;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The municipality SQL that Micronaut Data cannot derive: sign-in tenants, agreements, registered web sites. */
@Singleton
class MunicipalityStore {

    private final JdbcOperations jdbc;

    MunicipalityStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** The Entra tenants of active municipalities. */
    Set<String> signInTenants() {
        return Set.copyOf(jdbc.execute(connection -> {
            Set<String> tenants = new HashSet<>();
            try (var statement = connection.prepareStatement(
                    "SELECT DISTINCT entra_tenant_id FROM municipality WHERE entra_tenant_id IS NOT NULL AND active = 1");
                 var rows = statement.executeQuery()) {
                while (rows.next()) {
                    tenants.add(Guids.get(rows, 1).toString());
                }
            }
            return tenants;
        }));
    }

    /** Active municipalities whose participation agreement overlaps [from, to], by code. */
    List<MunicipalityFacts.Participant> participants(LocalDate from, LocalDate to) {
        return jdbc.execute(c -> {
            List<MunicipalityFacts.Participant> parts = new ArrayList<>();
            try (var s = c.prepareStatement("SELECT m.code, m.population, a.start_date, a.end_date FROM municipality m "
                    + "JOIN municipality_agreement a ON a.municipality_code = m.code "
                    + "WHERE m.active = 1 AND a.start_date <= ? AND a.end_date >= ? ORDER BY m.code")) {
                s.setDate(1, Date.valueOf(to));
                s.setDate(2, Date.valueOf(from));
                try (var r = s.executeQuery()) {
                    while (r.next()) {
                        parts.add(new MunicipalityFacts.Participant(r.getString(1), r.getLong(2),
                                r.getDate(3).toLocalDate(), r.getDate(4).toLocalDate()));
                    }
                }
            }
            return parts;
        });
    }

    /** The web site origins the municipality registered, sorted. */
    List<String> websiteOrigins(String municipalityCode) {
        return jdbc.execute(connection -> {
            try (var statement = connection.prepareStatement(
                    "SELECT origin FROM municipality_website_origin WHERE municipality_code = " + SqlParameters.VARCHAR
                            + " ORDER BY origin")) {
                statement.setString(1, municipalityCode);
                try (var rows = statement.executeQuery()) {
                    List<String> origins = new ArrayList<>();
                    while (rows.next()) {
                        origins.add(rows.getString(1));
                    }
                    return origins;
                }
            }
        });
    }
}
