package fi.tarjotin.subscription;

import fi.tarjotin.access.Caller;
import fi.tarjotin.common.SqlRows;
import fi.tarjotin.privacy.PersonMatch;
import fi.tarjotin.privacy.PersonMatch.Condition;
import fi.tarjotin.privacy.PersonalData;
import fi.tarjotin.privacy.PersonalDataErasures;
import fi.tarjotin.privacy.PersonalDataExport;
import fi.tarjotin.privacy.PersonalDataHolder;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

/**
 * A person as the owner of webhook subscriptions. A subscription keeps its owner's identity on erasure (only an
 * explicit removal stops it); the owner's name goes, and the version rises, like any other change of the row.
 */
@Singleton
class SubscriptionPersonalDataStore implements PersonalDataHolder {

    private final JdbcOperations jdbc;

    SubscriptionPersonalDataStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void export(PersonMatch person, PersonalDataExport into) {
        Condition where = person.where(null, "owner_tenant_id", "owner_oid");
        into.subscriptions(jdbc.execute(c -> SqlRows.query(c, "SELECT id, event, owner_name FROM webhook_subscription "
                + "WHERE " + where.sql() + " ORDER BY created_at", where.parameters(),
                r -> new PersonalData.Subscription(SqlRows.guid(r, 1), r.getString(2), r.getString(3)))));
    }

    @Override
    public void erase(PersonMatch person, Caller caller, PersonalDataErasures into) {
        Condition where = person.where(null, "owner_tenant_id", "owner_oid");
        into.subscriptions(jdbc.execute(c -> SqlRows.update(c, "UPDATE webhook_subscription SET owner_name = NULL, "
                + "version = version + 1 WHERE owner_name IS NOT NULL AND " + where.sql(), where.parameters())));
    }
}
