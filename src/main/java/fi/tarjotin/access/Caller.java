package fi.tarjotin.access;

import fi.tarjotin.common.PlainText;
import io.micronaut.security.authentication.Authentication;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Who is calling, as the validated token says: Entra object id and tenant, display name, app roles, and
 * whether a user is present (delegated) or an application calls on its own (app-only, read only).
 * What they may touch is not here but in {@link Scope}, which comes from the database.
 */
public record Caller(UUID oid, UUID tenantId, String name, String username, Set<Role> roles, boolean delegated) {

    static final String OID = "oid";
    static final String TENANT = "tid";
    static final String NAME = "name";
    static final String USERNAME = "username";
    static final String DELEGATED = "delegated";

    public static Caller of(Authentication authentication) {
        var attributes = authentication.getAttributes();
        Set<Role> roles = EnumSet.noneOf(Role.class);
        authentication.getRoles().forEach(r -> roles.add(Role.valueOf(r)));
        return new Caller(UUID.fromString((String) attributes.get(OID)),
                UUID.fromString((String) attributes.get(TENANT)),
                (String) attributes.get(NAME),
                (String) attributes.get(USERNAME),
                Set.copyOf(roles),
                Boolean.TRUE.equals(attributes.get(DELEGATED)));
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean appOnly() {
        return !delegated;
    }

    /** A name for the audit log: the display name, else the user name, else nothing; no control characters. */
    public Optional<String> displayName() {
        return Optional.ofNullable(name).or(() -> Optional.ofNullable(username)).map(PlainText::line);
    }
}
