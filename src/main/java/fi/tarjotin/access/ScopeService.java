package fi.tarjotin.access;

import fi.tarjotin.common.Guids;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/** Reads a caller's scope from the memberships and coordinator assignments held in the database. */
@Singleton
public class ScopeService {

    private final JdbcOperations jdbc;

    ScopeService(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    public Scope of(Caller caller) {
        Set<UUID> organisations = caller.has(Role.EDITOR) ? organisationsOf(caller) : Set.of();
        Set<String> municipalities = caller.has(Role.COORDINATOR) ? municipalitiesOf(caller) : Set.of();
        return new Scope(caller, organisations, municipalities);
    }

    /** Organisations where the caller is a member, whatever their token's roles (for "who am I"). */
    public Set<UUID> organisationsOf(Caller caller) {
        return jdbc.execute(connection -> {
            Set<UUID> ids = new HashSet<>();
            try (var statement = connection.prepareStatement(
                    "SELECT organisation_id FROM organisation_member WHERE tenant_id = ? AND oid = ?")) {
                statement.setString(1, caller.tenantId().toString());
                statement.setString(2, caller.oid().toString());
                try (var rows = statement.executeQuery()) {
                    while (rows.next()) {
                        ids.add(Guids.get(rows, 1));
                    }
                }
            }
            return Set.copyOf(ids);
        });
    }

    /** Municipalities assigned to the caller as coordinator, whatever their token's roles. */
    public Set<String> municipalitiesOf(Caller caller) {
        return jdbc.execute(connection -> {
            Set<String> codes = new HashSet<>();
            try (var statement = connection.prepareStatement(
                    "SELECT municipality_code FROM coordinator_assignment WHERE tenant_id = ? AND oid = ?")) {
                statement.setString(1, caller.tenantId().toString());
                statement.setString(2, caller.oid().toString());
                try (var rows = statement.executeQuery()) {
                    while (rows.next()) {
                        codes.add(rows.getString(1));
                    }
                }
            }
            return Set.copyOf(codes);
        });
    }

}
