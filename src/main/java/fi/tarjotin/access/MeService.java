package fi.tarjotin.access;

import fi.tarjotin.common.Guids;
import fi.tarjotin.common.SqlParameters;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Answers "who am I": the token's identity and roles together with the scope the database gives them.
 * A role without scope allows nothing (an editor who is no organisation's member cannot create listings).
 */
@Singleton
class MeService {

    private final ScopeService scopes;
    private final MunicipalityDirectory municipalities;
    private final JdbcOperations jdbc;

    MeService(ScopeService scopes, MunicipalityDirectory municipalities, JdbcOperations jdbc) {
        this.scopes = scopes;
        this.municipalities = municipalities;
        this.jdbc = jdbc;
    }

    Me of(Caller caller) {
        Scope scope = scopes.of(caller);
        List<Me.MunicipalityRef> coordinated = scope.municipalityCodes().stream().sorted()
                .flatMap(code -> municipalities.nameOf(code).map(name -> new Me.MunicipalityRef(code, name)).stream())
                .toList();
        List<String> roles = caller.roles().stream().map(Role::claimValue).sorted().toList();
        return new Me(caller.oid(), caller.tenantId(), caller.name(), caller.username(), roles, caller.appOnly(),
                organisationNames(scope.organisationIds()), coordinated, permissions(scope));
    }

    private static Me.Permissions permissions(Scope scope) {
        boolean writer = scope.mayWrite();
        boolean admin = writer && scope.isAdmin();
        boolean coordinator = writer && scope.caller().has(Role.COORDINATOR) && !scope.municipalityCodes().isEmpty();
        boolean editor = writer && scope.caller().has(Role.EDITOR) && !scope.organisationIds().isEmpty();
        return new Me.Permissions(true, admin || coordinator || editor, admin || coordinator, admin || coordinator,
                admin || coordinator, admin);
    }

    private List<Me.OrganisationRef> organisationNames(Set<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.execute(connection -> {
            List<Me.OrganisationRef> found = new ArrayList<>();
            String marks = SqlParameters.uuids(ids.size());
            try (var statement = connection.prepareStatement(
                    "SELECT id, name FROM organisation WHERE id IN (" + marks + ")")) {
                int i = 1;
                for (UUID id : ids) {
                    statement.setString(i++, id.toString());
                }
                try (var rows = statement.executeQuery()) {
                    while (rows.next()) {
                        found.add(new Me.OrganisationRef(Guids.get(rows, 1), rows.getString(2)));
                    }
                }
            }
            found.sort(Comparator.comparing((Me.OrganisationRef o) -> fi.tarjotin.common.SortKey.of(o.name()))
                    .thenComparing(Me.OrganisationRef::id));
            return found;
        });
    }
}
