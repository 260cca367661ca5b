package fi.tarjotin.opportunity;

import fi.tarjotin.access.Caller;
import jakarta.inject.Singleton;

import java.util.UUID;

/**
 * Listings for other features (the catalogue import): created and published through the same validation,
 * scope checks and audit as the API's own requests.
 */
@Singleton
public class Opportunities {

    private final OpportunityService service;
    private final OpportunityLifecycle lifecycle;

    Opportunities(OpportunityService service, OpportunityLifecycle lifecycle) {
        this.service = service;
        this.lifecycle = lifecycle;
    }

    /** Creates a draft as the caller would through the API; joins the caller's transaction. */
    public UUID createDraft(Caller caller, OpportunityDraft draft) {
        return service.create(caller, draft, null).value().id();
    }

    /** Publishes a draft, with the checks a published listing must pass. */
    public void publish(Caller caller, UUID id) {
        lifecycle.transition(caller, id, OpportunityStatus.Action.PUBLISH, null);
    }
}
