package fi.tarjotin.organisation;

import fi.tarjotin.access.Caller;
import fi.tarjotin.access.PersonDraft;
import fi.tarjotin.access.Scope;
import fi.tarjotin.access.ScopeService;
import fi.tarjotin.audit.AuditLog;
import fi.tarjotin.common.WireRules;
import fi.tarjotin.error.ConflictException;
import fi.tarjotin.error.ErrorCode;
import fi.tarjotin.error.ForbiddenException;
import fi.tarjotin.error.NotFoundException;
import fi.tarjotin.transaction.RetryOnContention;
import fi.tarjotin.transaction.UniqueViolation;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * The editors of an organisation. Admins and those who coordinate all of the organisation's municipalities
 * manage them; the coordinators of any of its municipalities and the organisation's own editors see them.
 */
@Singleton
class MemberService {

    private final OrganisationService organisations;
    private final OrganisationQueries queries;
    private final OrganisationMemberRepository members;
    private final ScopeService scopes;
    private final AuditLog audit;
    private final Clock clock;
    private final WireRules rules;

    MemberService(OrganisationService organisations, OrganisationQueries queries,
                  OrganisationMemberRepository members, ScopeService scopes, AuditLog audit, Clock clock,
                  WireRules rules) {
        this.organisations = organisations;
        this.queries = queries;
        this.members = members;
        this.scopes = scopes;
        this.audit = audit;
        this.clock = clock;
        this.rules = rules;
    }

    List<MemberView> list(Caller caller, UUID organisationId) {
        Organisation organisation = organisations.find(organisationId);
        Scope scope = scopes.of(caller);
        if (!scope.organisationIds().contains(organisation.id())
                && !scope.coordinatesAny(queries.codesOf(organisation.id()))) {
            throw new ForbiddenException();
        }
        return members.findByOrganisationIdOrderByDisplayName(organisation.id()).stream()
                .map(MemberView::of).toList();
    }

    MemberView get(Caller caller, UUID organisationId, UUID memberId) {
        return list(caller, organisationId).stream().filter(m -> m.id().equals(memberId)).findFirst()
                .orElseThrow(NotFoundException::new);
    }

    @RetryOnContention
    @Transactional
    MemberView add(Caller caller, UUID organisationId, PersonDraft draft) {
        Organisation organisation = writableOrganisation(caller, organisationId);
        PersonDraft.Checked person = draft.checked(rules);
        if (members.existsByOrganisationIdAndTenantIdAndOid(organisation.id(), person.tenantId(), person.oid())) {
            throw new ConflictException(ErrorCode.DUPLICATE_MEMBER);
        }
        OrganisationMember member;
        try {
            member = members.save(OrganisationMember.editor(organisation.id(), person.tenantId(), person.oid(),
                    person.displayName(), person.email(), clock.instant()));
        } catch (DataAccessException failed) {
            // Only a unique key that someone else filled meanwhile is a duplicate; an outage is not.
            if (!UniqueViolation.isCause(failed)) {
                throw failed;
            }
            throw new ConflictException(ErrorCode.DUPLICATE_MEMBER);
        }
        audit.record(OrganisationService.AUDIT_TYPE, organisation.id(), "MEMBER_ADDED", organisation.version(),
                caller, List.of("members[" + member.id() + "]"));
        return MemberView.of(member);
    }

    @RetryOnContention
    @Transactional
    void remove(Caller caller, UUID organisationId, UUID memberId) {
        Organisation organisation = writableOrganisation(caller, organisationId);
        OrganisationMember member = members.findByIdAndOrganisationId(memberId, organisation.id())
                .orElseThrow(NotFoundException::new);
        members.delete(member);
        audit.record(OrganisationService.AUDIT_TYPE, organisation.id(), "MEMBER_REMOVED", organisation.version(),
                caller, List.of("members[" + member.id() + "]"));
    }

    private Organisation writableOrganisation(Caller caller, UUID organisationId) {
        Scope scope = scopes.of(caller);
        scope.requireWriter();
        Organisation organisation = organisations.find(organisationId);
        if (!managesMembers(scope, organisation)) {
            throw new ForbiddenException();
        }
        return organisation;
    }

    /**
     * A member acts for the organisation everywhere it works, so only a coordinator of all its
     * municipalities (or an admin) may make one; coordinating some of them lets a coordinator see them.
     */
    private boolean managesMembers(Scope scope, Organisation organisation) {
        List<String> codes = queries.codesOf(organisation.id());
        if (scope.coordinatesAll(codes)) {
            return true;
        }
        if (scope.coordinatesAny(codes)) {
            throw new ForbiddenException(ErrorCode.OUT_OF_SCOPE);
        }
        return false;
    }
}
