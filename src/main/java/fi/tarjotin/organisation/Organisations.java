package fi.tarjotin.organisation;

import fi.tarjotin.access.Caller;
import jakarta.inject.Singleton;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Organisations for other features: created through the same rules, scope checks and audit as the API's
 * own requests (the catalogue import), and where they work (the scope of listings).
 */
@Singleton
public class Organisations {

    private final OrganisationService service;
    private final OrganisationQueries queries;

    Organisations(OrganisationService service, OrganisationQueries queries) {
        this.service = service;
        this.queries = queries;
    }

    /** Creates the organisation as the caller would through the API; joins the caller's transaction. */
    public UUID create(Caller caller, OrganisationDraft draft) {
        return service.create(caller, draft).id();
    }

    /** The municipalities where any of these organisations works, in one query. */
    public Set<String> municipalitiesOf(Collection<UUID> organisationIds) {
        Set<String> codes = new TreeSet<>();
        queries.codesOf(organisationIds).values().forEach(codes::addAll);
        return codes;
    }
}
