package fi.tarjotin.invitation;

import fi.tarjotin.access.Caller;
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
import java.util.Locale;
import java.util.Set;

/**
 * A person invited to edit an organisation's listings. An invitation is nothing but the person's name and
 * address on their way in, so erasure deletes it: its pending directory steps then find no invitation and
 * stop, and the audit trail keeps that it was made.
 */
@Singleton
class InvitationPersonalDataStore implements PersonalDataHolder {

    private final JdbcOperations jdbc;

    InvitationPersonalDataStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<PersonMatch.Identity> identitiesOf(PersonMatch byAddress) {
        Condition where = byAddress.where("email_key", null, null);
        return new LinkedHashSet<>(jdbc.execute(c -> SqlRows.query(c, "SELECT user_tenant_id, user_oid FROM invitation "
                + "WHERE user_oid IS NOT NULL AND " + where.sql(), where.parameters(),
                r -> new PersonMatch.Identity(Guids.get(r, 1), Guids.get(r, 2)))));
    }

    @Override
    public Set<String> addressesOf(PersonMatch byIdentity) {
        Condition where = byIdentity.where(null, "user_tenant_id", "user_oid");
        Set<String> addresses = new LinkedHashSet<>();
        for (String key : jdbc.execute(c -> SqlRows.query(c, "SELECT email_key FROM invitation WHERE " + where.sql(),
                where.parameters(), r -> r.getString(1)))) {
            String address = key == null ? "" : key.strip().toLowerCase(Locale.ROOT);
            if (!address.isEmpty()) {
                addresses.add(address);
            }
        }
        return addresses;
    }

    @Override
    public void export(PersonMatch person, PersonalDataExport into) {
        Condition where = person.where("email_key", "user_tenant_id", "user_oid");
        into.invitations(jdbc.execute(c -> SqlRows.query(c, "SELECT id, organisation_id, email, display_name, status "
                + "FROM invitation WHERE " + where.sql() + " ORDER BY created_at", where.parameters(),
                r -> new PersonalData.Invitation(SqlRows.guid(r, 1), SqlRows.guid(r, 2), r.getString(3),
                        r.getString(4), r.getString(5)))));
    }

    @Override
    public void erase(PersonMatch person, Caller caller, PersonalDataErasures into) {
        Condition where = person.where("email_key", "user_tenant_id", "user_oid");
        into.invitations(jdbc.execute(c -> SqlRows.update(c, "DELETE FROM invitation WHERE " + where.sql(),
                where.parameters())));
    }
}
