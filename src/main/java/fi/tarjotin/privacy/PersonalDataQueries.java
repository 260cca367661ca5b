package fi.tarjotin.privacy;

import fi.tarjotin.common.Guids;
import fi.tarjotin.privacy.PersonMatch.Condition;
import fi.tarjotin.privacy.PersonMatch.Identity;
import io.micronaut.core.annotation.Nullable;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** Finds a person and reads what each table holds about them. */
final class PersonalDataQueries {

    private PersonalDataQueries() {
    }

    /**
     * The addresses and identities of the person: those given, the identities of the rows with a given
     * address, and the addresses of the rows with any of those identities. One step each way, so that an
     * address someone once typed for another person does not pull in that person's other addresses.
     */
    static PersonMatch resolve(Connection c, @Nullable String email, @Nullable Identity identity) throws SQLException {
        Set<String> emails = new LinkedHashSet<>();
        Set<Identity> identities = new LinkedHashSet<>();
        if (email != null) {
            emails.add(email);
        }
        if (identity != null) {
            identities.add(identity);
        }
        PersonMatch byEmail = new PersonMatch(Set.copyOf(emails), Set.of());
        identities.addAll(identities(c, "organisation_member", byEmail.where("LOWER(email)", null, null)));
        identities.addAll(identities(c, "coordinator_assignment", byEmail.where("LOWER(email)", null, null)));
        identities.addAll(Rows.query(c, "SELECT user_tenant_id, user_oid FROM invitation WHERE user_oid IS NOT NULL AND "
                + byEmail.where("email_key", null, null).sql(), byEmail.where("email_key", null, null).parameters(),
                r -> new Identity(Guids.get(r, 1), Guids.get(r, 2))));
        PersonMatch byIdentity = new PersonMatch(Set.of(), Set.copyOf(identities));
        emails.addAll(addresses(c, "SELECT email FROM organisation_member WHERE ",
                byIdentity.where(null, "tenant_id", "oid")));
        emails.addAll(addresses(c, "SELECT email FROM coordinator_assignment WHERE ",
                byIdentity.where(null, "tenant_id", "oid")));
        emails.addAll(addresses(c, "SELECT email_key FROM invitation WHERE ",
                byIdentity.where(null, "user_tenant_id", "user_oid")));
        return new PersonMatch(Set.copyOf(emails), Set.copyOf(identities));
    }

    static PersonalData export(Connection c, @Nullable String email, PersonMatch person) throws SQLException {
        return new PersonalData(email, memberships(c, person), coordinations(c, person), listingContacts(c, person),
                organisationContacts(c, person), person.emails().stream().sorted().toList(),
                person.identities().stream().map(i -> new PersonalData.Identity(i.tenantId().toString(),
                        i.oid().toString())).toList(),
                invitations(c, person), onboardingCoordinators(c, person), subscriptions(c, person),
                auditActions(c, person));
    }

    private static List<PersonalData.Membership> memberships(Connection c, PersonMatch person) throws SQLException {
        Condition where = person.where("LOWER(m.email)", "m.tenant_id", "m.oid");
        return Rows.query(c, "SELECT m.organisation_id, o.name, m.display_name, m.oid, m.tenant_id "
                + "FROM organisation_member m JOIN organisation o ON o.id = m.organisation_id WHERE " + where.sql()
                + " ORDER BY o.name", where.parameters(), r -> new PersonalData.Membership(Rows.guid(r, 1),
                r.getString(2), r.getString(3), Rows.guid(r, 4), Rows.guid(r, 5)));
    }

    private static List<PersonalData.Coordination> coordinations(Connection c, PersonMatch person) throws SQLException {
        Condition where = person.where("LOWER(email)", "tenant_id", "oid");
        return Rows.query(c, "SELECT municipality_code, display_name, oid, tenant_id FROM coordinator_assignment WHERE "
                + where.sql() + " ORDER BY municipality_code", where.parameters(),
                r -> new PersonalData.Coordination(r.getString(1), r.getString(2), Rows.guid(r, 3), Rows.guid(r, 4)));
    }

    private static List<PersonalData.ListingContact> listingContacts(Connection c, PersonMatch person)
            throws SQLException {
        Condition where = person.where("LOWER(contact_email)", null, null);
        return Rows.query(c, "SELECT id, title_fi, contact_role, contact_name, contact_phone FROM opportunity WHERE "
                + where.sql() + " ORDER BY title_sort", where.parameters(),
                r -> new PersonalData.ListingContact(Rows.guid(r, 1), r.getString(2), r.getString(3), r.getString(4),
                        r.getString(5)));
    }

    private static List<PersonalData.OrganisationContact> organisationContacts(Connection c, PersonMatch person)
            throws SQLException {
        Condition where = person.where("LOWER(contact_email)", null, null);
        return Rows.query(c, "SELECT id, name, contact_phone FROM organisation WHERE " + where.sql() + " ORDER BY name",
                where.parameters(), r -> new PersonalData.OrganisationContact(Rows.guid(r, 1), r.getString(2),
                        r.getString(3)));
    }

    private static List<PersonalData.Invitation> invitations(Connection c, PersonMatch person) throws SQLException {
        Condition where = person.where("email_key", "user_tenant_id", "user_oid");
        return Rows.query(c, "SELECT id, organisation_id, email, display_name, status FROM invitation WHERE "
                + where.sql() + " ORDER BY created_at", where.parameters(),
                r -> new PersonalData.Invitation(Rows.guid(r, 1), Rows.guid(r, 2), r.getString(3), r.getString(4),
                        r.getString(5)));
    }

    private static List<PersonalData.OnboardingCoordinator> onboardingCoordinators(Connection c, PersonMatch person)
            throws SQLException {
        Condition where = person.where("email_key", null, null);
        return Rows.query(c, "SELECT municipality_code, seq, email, display_name FROM onboarding_coordinator WHERE "
                + where.sql() + " ORDER BY municipality_code, seq", where.parameters(),
                r -> new PersonalData.OnboardingCoordinator(r.getString(1), r.getInt(2), r.getString(3),
                        r.getString(4)));
    }

    private static List<PersonalData.Subscription> subscriptions(Connection c, PersonMatch person) throws SQLException {
        Condition where = person.where(null, "owner_tenant_id", "owner_oid");
        return Rows.query(c, "SELECT id, event, owner_name FROM webhook_subscription WHERE " + where.sql()
                + " ORDER BY created_at", where.parameters(),
                r -> new PersonalData.Subscription(Rows.guid(r, 1), r.getString(2), r.getString(3)));
    }

    private static List<PersonalData.AuditAction> auditActions(Connection c, PersonMatch person) throws SQLException {
        Condition where = person.where(null, "actor_tenant_id", "actor_oid");
        return Rows.query(c, "SELECT entity_type, entity_id, action, occurred_at, actor_name FROM audit_event WHERE "
                + where.sql() + " ORDER BY id", where.parameters(),
                r -> new PersonalData.AuditAction(r.getString(1), r.getString(2), r.getString(3),
                        r.getTimestamp(4).toInstant(), r.getString(5)));
    }

    private static List<Identity> identities(Connection c, String table, Condition where) throws SQLException {
        return Rows.query(c, "SELECT tenant_id, oid FROM " + table + " WHERE " + where.sql(), where.parameters(),
                r -> new Identity(Guids.get(r, 1), Guids.get(r, 2)));
    }

    private static List<String> addresses(Connection c, String select, Condition where) throws SQLException {
        return Rows.query(c, select + where.sql(), where.parameters(), r -> Rows.lower(r.getString(1))).stream()
                .filter(Objects::nonNull).filter(e -> !e.isEmpty()).toList();
    }
}
