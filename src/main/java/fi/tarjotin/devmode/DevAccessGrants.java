package fi.tarjotin.devmode;

import fi.tarjotin.common.Guids;
import fi.tarjotin.common.SqlParameters;
import fi.tarjotin.transaction.RetryOnContention;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.env.Environment;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Gives the dev people the scope their role needs, in the same tables the admin API fills: an editor
 * becomes a member of an organisation, a coordinator is assigned a municipality. Only adds what is missing.
 */
@Singleton
@Requires(env = Environment.DEVELOPMENT)
class DevAccessGrants {

    /** Nurmeksen Työttömät ry, the first organisation of the sample data (db/dev/R__sample_catalogue.sql). */
    static final UUID DEFAULT_ORGANISATION = UUID.fromString("3b1d6c52-8f0a-4c1e-9a57-1e2f3a4b5c01");
    /** Joensuu. */
    static final String DEFAULT_MUNICIPALITY = "167";

    private final JdbcOperations jdbc;

    DevAccessGrants(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** An organisation to sign an editor in for when none was named: the first sample one, else any. */
    Optional<UUID> defaultOrganisation() {
        if (organisationExists(DEFAULT_ORGANISATION)) {
            return Optional.of(DEFAULT_ORGANISATION);
        }
        return sampleOrganisations().stream().findFirst().map(o -> UUID.fromString(o.id()));
    }

    boolean organisationExists(UUID id) {
        return exists("SELECT COUNT(*) FROM organisation WHERE id = ?", id.toString());
    }

    boolean municipalityExists(String code) {
        return exists("SELECT COUNT(*) FROM municipality WHERE code = " + SqlParameters.VARCHAR, code);
    }

    @RetryOnContention
    @Transactional
    void ensureMember(UUID organisationId, UUID tenantId, DevRole person, String displayName) {
        jdbc.execute(connection -> {
            if (!any(connection, "SELECT COUNT(*) FROM organisation_member WHERE organisation_id = ? AND tenant_id = ? AND oid = ?",
                    organisationId.toString(), tenantId.toString(), person.oid().toString())) {
                update(connection, "INSERT INTO organisation_member (id, organisation_id, tenant_id, oid, display_name, email, role, created_at) "
                                + "VALUES (?, ?, ?, ?, ?, ?, 'EDITOR', ?)",
                        UUID.randomUUID().toString(), organisationId.toString(), tenantId.toString(),
                        person.oid().toString(), displayName, person.username(), nowUtc());
            }
            return null;
        });
    }

    @RetryOnContention
    @Transactional
    void ensureCoordinator(String municipalityCode, UUID tenantId, DevRole person, String displayName) {
        jdbc.execute(connection -> {
            if (!any(connection, "SELECT COUNT(*) FROM coordinator_assignment WHERE municipality_code = "
                    + SqlParameters.VARCHAR + " AND tenant_id = ? AND oid = ?",
                    municipalityCode, tenantId.toString(), person.oid().toString())) {
                update(connection, "INSERT INTO coordinator_assignment (id, municipality_code, tenant_id, oid, display_name, email, created_at) "
                                + "VALUES (?, ?, ?, ?, ?, ?, ?)",
                        UUID.randomUUID().toString(), municipalityCode, tenantId.toString(),
                        person.oid().toString(), displayName, person.username(), nowUtc());
            }
            return null;
        });
    }

    /** The organisations in the database with their municipalities, by name, for the help page. */
    List<SampleOrganisation> sampleOrganisations() {
        return jdbc.execute(connection -> {
            Map<String, SampleOrganisation> byId = new LinkedHashMap<>();
            try (var statement = connection.prepareStatement(
                    "SELECT o.id, o.name, om.municipality_code FROM organisation o "
                            + "LEFT JOIN organisation_municipality om ON om.organisation_id = o.id "
                            + "ORDER BY o.name_sort, o.id, om.municipality_code");
                 var rows = statement.executeQuery()) {
                while (rows.next()) {
                    String id = Guids.get(rows, 1).toString();
                    String name = rows.getString(2);
                    String municipalityCode = rows.getString(3);
                    var organisation = byId.computeIfAbsent(id, key -> new SampleOrganisation(key, name, new ArrayList<>()));
                    if (municipalityCode != null) {
                        organisation.municipalityCodes().add(municipalityCode);
                    }
                }
            }
            return List.copyOf(byId.values());
        });
    }

    /** An organisation as the help page lists it. */
    record SampleOrganisation(String id, String name, List<String> municipalityCodes) {
    }

    private boolean exists(String sql, String parameter) {
        return jdbc.execute(connection -> any(connection, sql, parameter));
    }

    private static boolean any(Connection connection, String sql, Object... parameters) throws SQLException {
        try (var statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (var rows = statement.executeQuery()) {
                return rows.next() && rows.getLong(1) > 0;
            }
        }
    }

    private static void update(Connection connection, String sql, Object... parameters) throws SQLException {
        try (var statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        }
    }

    /** Stored times are UTC, whatever the JVM's time zone. */
    private static LocalDateTime nowUtc() {
        return LocalDateTime.now(ZoneOffset.UTC);
    }
}
