package fi.tarjotin.municipality;

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

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A person as a municipality's coordinator. The assignment keeps its identity on erasure: only an explicit
 * removal takes a coordinator's access away.
 */
@Singleton
class CoordinatorPersonalDataStore implements PersonalDataHolder {

    private final JdbcOperations jdbc;

    CoordinatorPersonalDataStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<PersonMatch.Identity> identitiesOf(PersonMatch byAddress) {
        Condition where = byAddress.where("LOWER(email)", null, null);
        return new LinkedHashSet<>(jdbc.execute(c -> SqlRows.query(c, "SELECT tenant_id, oid FROM "
                + "coordinator_assignment WHERE " + where.sql(), where.parameters(),
                r -> new PersonMatch.Identity(Guids.get(r, 1), Guids.get(r, 2)))));
    }

    @Override
    public Set<String> addressesOf(PersonMatch byIdentity) {
        Condition where = byIdentity.where(null, "tenant_id", "oid");
        Set<String> addresses = new LinkedHashSet<>();
        for (String email : jdbc.execute(c -> SqlRows.query(c, "SELECT email FROM coordinator_assignment WHERE "
                + where.sql(), where.parameters(), r -> r.getString(1)))) {
            String address = Objects.requireNonNullElse(email, "").strip().toLowerCase(Locale.ROOT);
            if (!address.isEmpty()) {
                addresses.add(address);
            }
        }
        return addresses;
    }

    @Override
    public void export(PersonMatch person, PersonalDataExport into) {
        Condition where = person.where("LOWER(email)", "tenant_id", "oid");
        into.coordinations(jdbc.execute(c -> SqlRows.query(c, "SELECT municipality_code, display_name, oid, tenant_id "
                + "FROM coordinator_assignment WHERE " + where.sql() + " ORDER BY municipality_code", where.parameters(),
                r -> new PersonalData.Coordination(r.getString(1), r.getString(2), SqlRows.guid(r, 3),
                        SqlRows.guid(r, 4)))));
    }

    @Override
    public void erase(PersonMatch person, Caller caller, PersonalDataErasures into) {
        Condition where = person.where("LOWER(email)", "tenant_id", "oid");
        List<Object> parameters = new ArrayList<>();
        parameters.add(PersonalDataErasures.ERASED_NAME);
        parameters.addAll(where.parameters());
        into.coordinations(jdbc.execute(c -> SqlRows.update(c, "UPDATE coordinator_assignment SET display_name = ?, "
                + "email = NULL WHERE " + where.sql(), parameters)));
    }
}
