package fi.tarjotin.opportunity;

import fi.tarjotin.access.Scope;
import fi.tarjotin.error.ErrorCode;
import fi.tarjotin.error.ForbiddenException;
import fi.tarjotin.error.NotFoundException;

import java.util.List;
import java.util.UUID;

/**
 * Who may see and change a listing. Editors act for their organisations' listings, coordinators for
 * listings offered in their municipalities, admins everywhere; everyone sees published ones. A listing
 * the caller may not see answers 404 (its existence is not revealed), one they see but may not change 403.
 */
final class OpportunityAccess {

    private OpportunityAccess() {
    }

    static boolean maySee(Scope scope, Opportunity o, List<String> municipalityCodes) {
        return o.status() == OpportunityStatus.PUBLISHED || actsFor(scope, o.organisationId(), municipalityCodes);
    }

    static boolean actsFor(Scope scope, UUID organisationId, List<String> municipalityCodes) {
        return scope.editsFor(organisationId) || scope.coordinatesAny(municipalityCodes);
    }

    /** For a change to an existing listing: 404 if unseen, 403 if seen but not theirs. */
    static void requireChange(Scope scope, Opportunity o, List<String> municipalityCodes) {
        if (!maySee(scope, o, municipalityCodes)) {
            throw new NotFoundException();
        }
        scope.requireWriter();
        if (!actsFor(scope, o.organisationId(), municipalityCodes)) {
            throw new ForbiddenException();
        }
    }

    /** For new or changed content: the caller must act for the organisation or a municipality it names. */
    static void requireActsFor(Scope scope, OpportunityContent content) {
        scope.requireWriter();
        if (!actsFor(scope, content.organisationId(), content.municipalityCodes())) {
            throw new ForbiddenException(ErrorCode.OUT_OF_SCOPE);
        }
    }
}
