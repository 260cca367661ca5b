package fi.tarjotin.access;

import jakarta.inject.Singleton;

import java.util.Set;
import java.util.UUID;

/** Reads a caller's scope from the memberships and coordinator assignments that their owners keep. */
@Singleton
public class ScopeService {

    private final MembershipDirectory memberships;
    private final MunicipalityDirectory municipalities;

    ScopeService(MembershipDirectory memberships, MunicipalityDirectory municipalities) {
        this.memberships = memberships;
        this.municipalities = municipalities;
    }

    public Scope of(Caller caller) {
        Set<UUID> organisations = caller.has(Role.EDITOR) ? organisationsOf(caller) : Set.of();
        Set<String> municipalityCodes = caller.has(Role.COORDINATOR) ? municipalitiesOf(caller) : Set.of();
        return new Scope(caller, organisations, municipalityCodes);
    }

    /** Organisations where the caller is a member, whatever their token's roles (for "who am I"). */
    public Set<UUID> organisationsOf(Caller caller) {
        return Set.copyOf(memberships.organisationsOf(caller.tenantId(), caller.oid()));
    }

    /** Municipalities assigned to the caller as coordinator, whatever their token's roles. */
    public Set<String> municipalitiesOf(Caller caller) {
        return Set.copyOf(municipalities.coordinatedBy(caller.tenantId(), caller.oid()));
    }
}
