package fi.tarjotin.publicsite;

import fi.tarjotin.opportunity.PublishedOpportunities;
import fi.tarjotin.organisation.OrganisationProfiles;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The HSDS view's pages: published listings and the organisations that have any, a numbered page at a time as
 * HSDS clients page. What "published" means is the opportunity feature's; what an organisation shows, the
 * organisation feature's.
 */
@Singleton
class HsdsCatalogue {

    private final PublishedOpportunities published;
    private final OrganisationProfiles organisations;

    HsdsCatalogue(PublishedOpportunities published, OrganisationProfiles organisations) {
        this.published = published;
        this.organisations = organisations;
    }

    long countServices() {
        return published.count();
    }

    List<PublishedOpportunities.Row> services(int page, int perPage) {
        return published.page(page, perPage);
    }

    long countOrganisations() {
        return published.countPublishers();
    }

    List<OrganisationProfiles.Profile> organisations(int page, int perPage) {
        return organisations.find(published.publishers(page, perPage));
    }

    Optional<OrganisationProfiles.Profile> organisation(UUID id) {
        return organisations.find(id);
    }
}
