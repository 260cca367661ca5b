package fi.tarjotin.organisation;

import fi.tarjotin.access.Caller;
import io.micronaut.core.annotation.Nullable;
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
    private final OrganisationRepository repository;

    Organisations(OrganisationService service, OrganisationQueries queries, OrganisationRepository repository) {
        this.service = service;
        this.queries = queries;
        this.repository = repository;
    }

    /** Which of these ids are organisations, in one query. */
    public Set<UUID> existing(Collection<UUID> organisationIds) {
        if (organisationIds.isEmpty()) {
            return Set.of();
        }
        Set<UUID> found = new java.util.HashSet<>();
        repository.findByIdIn(organisationIds).forEach(o -> found.add(o.id()));
        return found;
    }

    /** The name of the organisation, or null where there is none with this id. */
    public @Nullable String nameOf(UUID organisationId) {
        return repository.findById(organisationId).map(Organisation::name).orElse(null);
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
