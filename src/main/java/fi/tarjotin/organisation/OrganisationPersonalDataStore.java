package fi.tarjotin.organisation;

import fi.tarjotin.access.Caller;
import fi.tarjotin.audit.AuditLog;
import fi.tarjotin.common.Guids;
import fi.tarjotin.common.SqlRows;
import fi.tarjotin.privacy.PersonMatch;
import fi.tarjotin.privacy.PersonMatch.Condition;
import fi.tarjotin.privacy.PersonalData;
import fi.tarjotin.privacy.PersonalDataErasures;
import fi.tarjotin.privacy.PersonalDataExport;
import fi.tarjotin.privacy.PersonalDataHolder;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * A person in the organisation tables: as a member (name, address, identity) and as an organisation's contact
 * address. A membership keeps its identity on erasure, so that an erasure never takes access away.
 */
@Singleton
class OrganisationPersonalDataStore implements PersonalDataHolder {

    private final JdbcOperations jdbc;
    private final AuditLog audit;

    OrganisationPersonalDataStore(JdbcOperations jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Override
    public Set<PersonMatch.Identity> identitiesOf(PersonMatch byAddress) {
        Condition where = byAddress.where("LOWER(email)", null, null);
        return new LinkedHashSet<>(jdbc.execute(c -> SqlRows.query(c, "SELECT tenant_id, oid FROM organisation_member "
                + "WHERE " + where.sql(), where.parameters(),
                r -> new PersonMatch.Identity(Guids.get(r, 1), Guids.get(r, 2)))));
    }

    @Override
    public Set<String> addressesOf(PersonMatch byIdentity) {
        Condition where = byIdentity.where(null, "tenant_id", "oid");
        List<String> found = jdbc.execute(c -> SqlRows.query(c, "SELECT email FROM organisation_member WHERE "
                + where.sql(), where.parameters(), r -> r.getString(1)));
        Set<String> addresses = new LinkedHashSet<>();
        found.stream().filter(Objects::nonNull).map(e -> e.strip().toLowerCase(Locale.ROOT)).filter(e -> !e.isEmpty())
                .forEach(addresses::add);
        return addresses;
    }

    @Override
    public void export(PersonMatch person, PersonalDataExport into) {
        Condition member = person.where("LOWER(m.email)", "m.tenant_id", "m.oid");
        into.memberships(jdbc.execute(c -> SqlRows.query(c, "SELECT m.organisation_id, o.name, m.display_name, m.oid, "
                + "m.tenant_id FROM organisation_member m JOIN organisation o ON o.id = m.organisation_id WHERE "
                + member.sql() + " ORDER BY o.name", member.parameters(),
                r -> new PersonalData.Membership(SqlRows.guid(r, 1), r.getString(2), r.getString(3), SqlRows.guid(r, 4),
                        SqlRows.guid(r, 5)))));
        Condition contact = person.where("LOWER(contact_email)", null, null);
        into.organisationContacts(jdbc.execute(c -> SqlRows.query(c, "SELECT id, name, contact_phone FROM organisation "
                + "WHERE " + contact.sql() + " ORDER BY name", contact.parameters(),
                r -> new PersonalData.OrganisationContact(SqlRows.guid(r, 1), r.getString(2), r.getString(3)))));
    }

    @Override
    public void erase(PersonMatch person, Caller caller, PersonalDataErasures into) {
        Condition member = person.where("LOWER(email)", "tenant_id", "oid");
        List<Object> parameters = new java.util.ArrayList<>(List.of(PersonalDataErasures.ERASED_NAME));
        parameters.addAll(member.parameters());
        into.memberships(jdbc.execute(c -> SqlRows.update(c, "UPDATE organisation_member SET display_name = ?, "
                + "email = NULL WHERE " + member.sql(), parameters)));
        into.organisationContacts(eraseContacts(person, caller));
    }

    /**
     * Clears the contact address of each organisation that names the person, raising its version so that an edit
     * form opened before the erasure gets 412 instead of writing the address back, with an audit row.
     */
    private int eraseContacts(PersonMatch person, Caller caller) {
        Condition contact = person.where("LOWER(contact_email)", null, null);
        List<Versioned> named = jdbc.execute(c -> SqlRows.query(c, "SELECT id, version FROM organisation WHERE "
                + contact.sql(), contact.parameters(), r -> new Versioned(Guids.get(r, 1), r.getLong(2))));
        for (Versioned organisation : named) {
            long next = organisation.version() + 1;
            jdbc.execute(c -> SqlRows.update(c, "UPDATE organisation SET contact_email = NULL, version = ? "
                    + "WHERE id = ? AND version = ?", List.of(next, organisation.id().toString(), organisation.version())));
            audit.record("ORGANISATION", organisation.id(), "CONTACT_ERASED", next, caller, List.of("contact.email"));
        }
        return named.size();
    }

    private record Versioned(UUID id, long version) {
    }
}
