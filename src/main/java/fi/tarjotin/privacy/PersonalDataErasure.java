package fi.tarjotin.privacy;

import fi.tarjotin.access.Caller;
import fi.tarjotin.audit.AuditLog;
import fi.tarjotin.privacy.PersonMatch.Condition;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Removes a person's name and e-mail address from every table that holds them, in the caller's
 * transaction. What grants access stays: a membership, a coordinator assignment or a subscription keeps
 * its tenant and object id (only an explicit removal takes access away), so an erasure never locks a
 * working editor out as a side effect. Audit rows stay too, as the trail they are, with the name replaced.
 */
@Singleton
class PersonalDataErasure {

    /** What an erased name becomes where a name is required (audit actors, members, coordinators). */
    static final String ERASED_NAME = "[erased]";

    private final AuditLog audit;

    PersonalDataErasure(AuditLog audit) {
        this.audit = audit;
    }

    PersonalData.Erasure erase(Connection c, PersonMatch person, Caller caller) throws SQLException {
        int auditNames = update(c, "UPDATE audit_event SET actor_name = ? WHERE actor_name IS NOT NULL AND ",
                List.of(ERASED_NAME), person.where(null, "actor_tenant_id", "actor_oid"));
        int memberships = update(c, "UPDATE organisation_member SET display_name = ?, email = NULL WHERE ",
                List.of(ERASED_NAME), person.where("LOWER(email)", "tenant_id", "oid"));
        int coordinations = update(c, "UPDATE coordinator_assignment SET display_name = ?, email = NULL WHERE ",
                List.of(ERASED_NAME), person.where("LOWER(email)", "tenant_id", "oid"));
        // An invitation is nothing but the person's name and address on their way in: it goes. Its pending
        // directory steps then find no invitation and stop; the audit trail keeps that it was made.
        int invitations = update(c, "DELETE FROM invitation WHERE ", List.of(),
                person.where("email_key", "user_tenant_id", "user_oid"));
        // Onboarding coordinators are numbered and their steps named by number, so the row stays (a new
        // coordinator must not take the number) with its key made unique by that number.
        int onboarding = update(c, "UPDATE onboarding_coordinator SET email = '', email_key = 'erased:' + "
                + "CAST(seq AS VARCHAR(10)), display_name = ? WHERE ", List.of(ERASED_NAME),
                person.where("email_key", null, null));
        int subscriptions = update(c, "UPDATE webhook_subscription SET owner_name = NULL WHERE owner_name IS NOT NULL "
                + "AND ", List.of(), person.where(null, "owner_tenant_id", "owner_oid"));
        int listings = eraseContacts(c, person, caller, "opportunity", "OPPORTUNITY",
                "contact_name = NULL, contact_email = NULL, contact_phone = NULL",
                List.of("contact.name", "contact.email", "contact.phone"));
        int organisations = eraseContacts(c, person, caller, "organisation", "ORGANISATION", "contact_email = NULL",
                List.of("contact.email"));
        return new PersonalData.Erasure(memberships, coordinations, listings, organisations, auditNames, invitations,
                onboarding, subscriptions);
    }

    /**
     * Clears the contact of each listing or organisation that names the person, raising its version so an
     * edit form opened before the erasure gets 412 instead of writing the contact back, with an audit row.
     */
    private int eraseContacts(Connection c, PersonMatch person, Caller caller, String table, String entityType,
                              String assignments, List<String> fields) throws SQLException {
        Condition where = person.where("LOWER(contact_email)", null, null);
        List<Versioned> found = Rows.query(c, "SELECT id, version FROM " + table + " WHERE " + where.sql(),
                where.parameters(), r -> new Versioned(Rows.guid(r, 1), r.getLong(2)));
        for (Versioned row : found) {
            long version = row.version() + 1;
            Rows.update(c, "UPDATE " + table + " SET " + assignments + ", version = ? WHERE id = ? AND version = ?",
                    List.of(version, row.id(), row.version()));
            audit.record(entityType, row.id(), "CONTACT_ERASED", version, caller, fields);
        }
        return found.size();
    }

    private record Versioned(String id, long version) {
    }

    private static int update(Connection c, String statement, List<Object> values, Condition where)
            throws SQLException {
        List<Object> parameters = new ArrayList<>(values);
        parameters.addAll(where.parameters());
        return Rows.update(c, statement + where.sql(), parameters);
    }
}
