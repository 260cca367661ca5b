package fi.tarjotin.devmode;

import fi.tarjotin.access.Role;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * The people one can sign in as in dev: one fixed person per role, so that signing in again with the same
 * role is the same person, with the same memberships and the same name in the audit log.
 */
enum DevRole {
    READER(null, "d0000000-0000-4000-8000-0000000000a1", "Lea Lukija (dev)", "dev-lukija@example.fi"),
    EDITOR(Role.EDITOR, "d0000000-0000-4000-8000-0000000000a2", "Eero Editori (dev)", "dev-editori@example.fi"),
    COORDINATOR(Role.COORDINATOR, "d0000000-0000-4000-8000-0000000000a3", "Kaisa Koordinaattori (dev)",
            "dev-koordinaattori@example.fi"),
    ADMIN(Role.ADMIN, "d0000000-0000-4000-8000-0000000000a4", "Aino Ylläpitäjä (dev)", "dev-yllapitaja@example.fi");

    private final Role appRole;
    private final UUID oid;
    private final String defaultName;
    private final String username;

    DevRole(Role appRole, String oid, String defaultName, String username) {
        this.appRole = appRole;
        this.oid = UUID.fromString(oid);
        this.defaultName = defaultName;
        this.username = username;
    }

    static Optional<DevRole> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.of(READER);
        }
        String wanted = value.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(r -> r.name().equals(wanted)).findFirst();
    }

    /** The {@code roles} claim: the app role, or none for a reader. */
    List<String> rolesClaim() {
        return appRole == null ? List.of() : List.of(appRole.claimValue());
    }

    UUID oid() {
        return oid;
    }

    String defaultName() {
        return defaultName;
    }

    String username() {
        return username;
    }
}
