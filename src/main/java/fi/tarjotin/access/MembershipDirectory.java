package fi.tarjotin.access;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What scope and "who am I" need to know about organisation memberships. Declared here and implemented by the
 * organisation feature, which owns the members, so that access depends on no feature above it.
 */
public interface MembershipDirectory {

    /** The organisations where this person (Entra tenant + object id) is a member. */
    Set<UUID> organisationsOf(UUID tenantId, UUID oid);

    /** The names of these organisations, by id; ids that name no organisation are left out. */
    Map<UUID, String> namesOf(Set<UUID> organisationIds);
}
