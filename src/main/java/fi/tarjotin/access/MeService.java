package fi.tarjotin.access;

import fi.tarjotin.common.SortKey;
import jakarta.inject.Singleton;

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
    private final MembershipDirectory memberships;

    MeService(ScopeService scopes, MunicipalityDirectory municipalities, MembershipDirectory memberships) {
        this.scopes = scopes;
        this.municipalities = municipalities;
        this.memberships = memberships;
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
        return memberships.namesOf(ids).entrySet().stream()
                .map(e -> new Me.OrganisationRef(e.getKey(), e.getValue()))
                .sorted(Comparator.comparing((Me.OrganisationRef o) -> SortKey.of(o.name()))
                        .thenComparing(Me.OrganisationRef::id))
                .toList();
    }
}
