package fi.tarjotin.access;

import fi.tarjotin.error.ErrorCode;
import fi.tarjotin.error.ForbiddenException;

import java.util.Collection;
import java.util.Set;
import java.util.UUID;

/**
 * What a caller may act on, from the database: the organisations they edit for (members with the Editor
 * role), the municipalities they coordinate (with the Coordinator role), or everything (Admin).
 */
public record Scope(Caller caller, Set<UUID> organisationIds, Set<String> municipalityCodes) {

    public boolean isAdmin() {
        return caller.has(Role.ADMIN);
    }

    /** Whether the caller edits for this organisation (as its member) or administers everything. */
    public boolean editsFor(UUID organisationId) {
        return isAdmin() || organisationIds.contains(organisationId);
    }

    /** Whether the caller coordinates this municipality (or administers everything). */
    public boolean coordinates(String municipalityCode) {
        return isAdmin() || municipalityCodes.contains(municipalityCode);
    }

    /** Whether the caller coordinates at least one of these municipalities. */
    public boolean coordinatesAny(Collection<String> codes) {
        return isAdmin() || codes.stream().anyMatch(municipalityCodes::contains);
    }

    /**
     * Whether the caller coordinates every one of these municipalities (or administers everything): what
     * it takes to act on something that reaches into all of them, such as an organisation's members.
     */
    public boolean coordinatesAll(Collection<String> codes) {
        return isAdmin() || (!codes.isEmpty() && municipalityCodes.containsAll(codes));
    }

    /** Whether the caller may change anything at all: app-only tokens read only. */
    public boolean mayWrite() {
        return caller.delegated() && (isAdmin() || caller.has(Role.COORDINATOR) || caller.has(Role.EDITOR));
    }

    /** Stops an app-only caller, or one without any writing role, before any other check. */
    public void requireWriter() {
        if (!caller.delegated()) {
            throw new ForbiddenException(ErrorCode.APP_ONLY_READS);
        }
        if (!mayWrite()) {
            throw new ForbiddenException();
        }
    }
}
