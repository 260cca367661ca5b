package fi.tarjotin.privacy;

import fi.tarjotin.access.Caller;

import java.util.Set;

/**
 * A feature that keeps personal data in its tables: it finds, exports and erases a person's rows there, so that
 * the rules of its tables (versions, audit rows) hold for an erasure as for any other change. Each owning
 * package implements it once; the personal-data service collects every implementation and runs them all in one
 * transaction.
 */
public interface PersonalDataHolder {

    /** The identities on this feature's rows that carry one of the person's addresses. */
    default Set<PersonMatch.Identity> identitiesOf(PersonMatch byAddress) {
        return Set.of();
    }

    /** The addresses (stripped, lower case, never empty) on this feature's rows that carry one of the identities. */
    default Set<String> addressesOf(PersonMatch byIdentity) {
        return Set.of();
    }

    /** Adds what this feature holds about the person to the export. */
    void export(PersonMatch person, PersonalDataExport into);

    /**
     * Removes the person's name and address from this feature's rows, raising the version of each versioned row
     * it changes and recording an audit row for it as {@code caller}, and counts what it changed.
     */
    void erase(PersonMatch person, Caller caller, PersonalDataErasures into);
}
