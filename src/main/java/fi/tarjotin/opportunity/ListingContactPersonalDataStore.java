package fi.tarjotin.opportunity;

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
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A person as the contact of listings: their name, address and phone on each listing that names them. */
@Singleton
class ListingContactPersonalDataStore implements PersonalDataHolder {

    private static final List<String> CONTACT_FIELDS = List.of("contact.name", "contact.email", "contact.phone");

    private final JdbcOperations jdbc;
    private final AuditLog audit;
    private final OpportunityRepository repository;
    private final OpportunityLinkStore links;
    private final ListingWrites writes;
    private final ApplicationEventPublisher<ListingChanged> changes;

    ListingContactPersonalDataStore(JdbcOperations jdbc, AuditLog audit, OpportunityRepository repository,
                                    OpportunityLinkStore links, ListingWrites writes,
                                    ApplicationEventPublisher<ListingChanged> changes) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.repository = repository;
        this.links = links;
        this.writes = writes;
        this.changes = changes;
    }

    @Override
    public void export(PersonMatch person, PersonalDataExport into) {
        Condition where = person.where("LOWER(contact_email)", null, null);
        into.listingContacts(jdbc.execute(c -> SqlRows.query(c, "SELECT id, title_fi, contact_role, contact_name, "
                + "contact_phone FROM opportunity WHERE " + where.sql() + " ORDER BY title_sort", where.parameters(),
                r -> new PersonalData.ListingContact(SqlRows.guid(r, 1), r.getString(2), r.getString(3),
                        r.getString(4), r.getString(5)))));
    }

    /**
     * Clears the contact of each listing that names the person, raising its version so that an edit form opened
     * before the erasure gets 412 instead of writing the contact back, with an audit row. Each is published as
     * an update like any other change, so that the public pages drop their copies once it commits and the
     * changes feed and subscriptions see it.
     */
    @Override
    public void erase(PersonMatch person, Caller caller, PersonalDataErasures into) {
        Condition where = person.where("LOWER(contact_email)", null, null);
        List<Map.Entry<UUID, Long>> versions = jdbc.execute(c -> SqlRows.query(c, "SELECT id, version FROM "
                + "opportunity WHERE " + where.sql(), where.parameters(), r -> Map.entry(Guids.get(r, 1), r.getLong(2))));
        versions.forEach(found -> {
            UUID listing = found.getKey();
            long version = found.getValue();
            Instant now = writes.now();
            jdbc.execute(c -> SqlRows.update(c, "UPDATE opportunity SET contact_name = NULL, contact_email = NULL, "
                    + "contact_phone = NULL, version = ?, updated_at = ? WHERE id = ? AND version = ?",
                    List.of(version + 1, Timestamp.from(now), listing.toString(), version)));
            audit.record("OPPORTUNITY", listing, "CONTACT_ERASED", version + 1, caller, CONTACT_FIELDS);
            repository.findById(listing).ifPresent(erased -> changes.publishEvent(new ListingChanged(
                    ListingChanged.Change.UPDATED, erased.status(), OpportunityMapper.toView(erased,
                    links.read(listing), writes.organisationName(erased.organisationId())), now)));
        });
        into.listingContacts(versions.size());
    }
}
