package fi.tarjotin.organisation;

import fi.tarjotin.access.Caller;
import jakarta.inject.Singleton;

import java.util.UUID;

/**
 * Organisations for other features (the catalogue import): created through the same rules, scope checks
 * and audit as the API's own requests.
 */
@Singleton
public class Organisations {

    private final OrganisationService service;

    Organisations(OrganisationService service) {
        this.service = service;
    }

    /** Creates the organisation as the caller would through the API; joins the caller's transaction. */
    public UUID create(Caller caller, OrganisationDraft draft) {
        return service.create(caller, draft).id();
    }
}
