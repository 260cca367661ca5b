package fi.tarjotin.opportunity;

import fi.tarjotin.access.Scope;
import fi.tarjotin.error.ErrorCode;
import fi.tarjotin.error.ForbiddenException;
import fi.tarjotin.organisation.Organisations;
import jakarta.inject.Singleton;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Where a caller may put a listing. The organisation it is for must be theirs: they edit for it, or they
 * coordinate one of its municipalities. Every municipality the listing gains or loses must be theirs too:
 * one they coordinate, or, for an editor of the listing's organisation, one where that organisation or a
 * partner organisation on the listing works. Admins everywhere. Anything else is 403 OUT_OF_SCOPE.
 */
@Singleton
class ListingScope {

    private final Organisations organisations;

    ListingScope(Organisations organisations) {
        this.organisations = organisations;
    }

    /** A new listing: its organisation and all its municipalities. */
    void requireNew(Scope scope, OpportunityContent listing) {
        scope.requireWriter();
        requireOrganisation(scope, listing.organisationId());
        requireMunicipalities(scope, listing.organisationId(), offering(listing), listing.municipalityCodes());
    }

    /** A changed listing: a new organisation, and the municipalities added (and removed) by the change. */
    void requireChange(Scope scope, Opportunity before, OpportunityLinkStore.Links beforeLinks, OpportunityContent after) {
        if (!after.organisationId().equals(before.organisationId())) {
            requireOrganisation(scope, after.organisationId());
        }
        Set<String> added = new LinkedHashSet<>(after.municipalityCodes());
        added.removeAll(beforeLinks.municipalityCodes());
        requireMunicipalities(scope, after.organisationId(), offering(after), added);
        Set<String> removed = new LinkedHashSet<>(beforeLinks.municipalityCodes());
        removed.removeAll(after.municipalityCodes());
        // A municipality it leaves may be one its old organisation or old partners brought it to.
        Set<UUID> offeredBefore = new LinkedHashSet<>(offering(after));
        offeredBefore.add(before.organisationId());
        offeredBefore.addAll(beforeLinks.partnerOrganisationIds());
        requireMunicipalities(scope, after.organisationId(), offeredBefore, removed);
    }

    private void requireOrganisation(Scope scope, UUID organisationId) {
        if (!scope.editsFor(organisationId)
                && !scope.coordinatesAny(organisations.municipalitiesOf(List.of(organisationId)))) {
            throw new ForbiddenException(ErrorCode.OUT_OF_SCOPE);
        }
    }

    private void requireMunicipalities(Scope scope, UUID organisationId, Collection<UUID> offering,
                                       Collection<String> codes) {
        List<String> uncoordinated = codes.stream().filter(code -> !scope.coordinates(code)).toList();
        if (uncoordinated.isEmpty()) {
            return;
        }
        if (!scope.editsFor(organisationId) || !organisations.municipalitiesOf(offering).containsAll(uncoordinated)) {
            throw new ForbiddenException(ErrorCode.OUT_OF_SCOPE);
        }
    }

    /** The organisation of a listing and its partners: whose municipalities its editors may offer it in. */
    private static Set<UUID> offering(OpportunityContent listing) {
        Set<UUID> ids = new LinkedHashSet<>(listing.partnerOrganisationIds());
        ids.add(listing.organisationId());
        return ids;
    }
}
