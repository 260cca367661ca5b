package fi.tarjotin.search;

import java.util.Set;
import java.util.UUID;

/**
 * What a caller may find, applied inside the index search so that no hit, count or total ever includes a
 * listing they may not see: published listings, plus any listing of an organisation they edit for, plus any
 * listing offered in a municipality they coordinate; an administrator sees everything. The same rule as
 * the database search's visibility condition.
 */
public record SearchScope(boolean everything, Set<UUID> organisationIds, Set<String> municipalityCodes) {

    public SearchScope {
        organisationIds = Set.copyOf(organisationIds);
        municipalityCodes = Set.copyOf(municipalityCodes);
    }

    /** An anonymous or unscoped caller: published listings only. */
    public static SearchScope publishedOnly() {
        return new SearchScope(false, Set.of(), Set.of());
    }

    /** An administrator: every listing. */
    public static SearchScope all() {
        return new SearchScope(true, Set.of(), Set.of());
    }

    /** Published listings, and every listing of these organisations or in these municipalities. */
    public static SearchScope publishedAnd(Set<UUID> organisationIds, Set<String> municipalityCodes) {
        return new SearchScope(false, organisationIds, municipalityCodes);
    }
}
