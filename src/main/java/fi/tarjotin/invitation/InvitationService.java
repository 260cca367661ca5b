package fi.tarjotin.invitation;

import fi.tarjotin.access.Caller;
import fi.tarjotin.access.Scope;
import fi.tarjotin.access.ScopeService;
import fi.tarjotin.audit.AuditLog;
import fi.tarjotin.common.Formats;
import fi.tarjotin.common.PlainText;
import fi.tarjotin.directory.DirectoryStep;
import fi.tarjotin.directory.DirectorySteps;
import fi.tarjotin.error.ErrorCode;
import fi.tarjotin.error.FieldError;
import fi.tarjotin.error.ForbiddenException;
import fi.tarjotin.error.NotFoundException;
import fi.tarjotin.error.ValidationException;
import fi.tarjotin.organisation.Memberships;
import fi.tarjotin.transaction.RetryOnContention;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Invitations of association editors. Admins and those who coordinate all of the organisation's
 * municipalities invite; the directory steps bring the person into the tenant and the editors' group; the person becomes
 * a member of the organisation when they first sign in with the object id the directory gave them.
 */
@Singleton
class InvitationService {

    private static final String AUDIT_TYPE = "ORGANISATION";

    private final InvitationStore store;
    private final DirectorySteps steps;
    private final ScopeService scopes;
    private final AuditLog audit;
    private final OpenInvitees invitees;
    private final TransactionOperations<Connection> transactions;
    private final Memberships memberships;
    private final Clock clock;

    InvitationService(InvitationStore store, DirectorySteps steps, ScopeService scopes, AuditLog audit,
                      OpenInvitees invitees, TransactionOperations<Connection> transactions,
                      Memberships memberships, Clock clock) {
        this.store = store;
        this.steps = steps;
        this.scopes = scopes;
        this.audit = audit;
        this.invitees = invitees;
        this.transactions = transactions;
        this.memberships = memberships;
        this.clock = clock;
    }

    /** Invites the person, or answers the open invitation they already have in this organisation. */
    @RetryOnContention
    @Transactional
    InvitationView invite(Caller caller, UUID organisationId, InvitationRequest request, String language) {
        UUID organisation = manageable(caller, organisationId, true);
        // The request's rules were checked at the door (@Valid); here it is only cleaned.
        String email = PlainText.line(request.email()).strip();
        String name = PlainText.line(request.displayName()).strip();
        String key = email.toLowerCase(Locale.ROOT);
        Optional<Invitation> earlier = store.findByEmail(organisation, key);
        if (earlier.isPresent()) {
            return view(earlier.get(), language);
        }
        Invitation invitation = new Invitation(UUID.randomUUID(), organisation, email, name, Invitation.PENDING, null,
                null, clock.instant().truncatedTo(ChronoUnit.MILLIS), null);
        store.insert(invitation, key, caller.oid(), caller.tenantId());
        steps.plan(InvitationSteps.SUBJECT, invitation.id().toString(), InvitationSteps.PLAN);
        audit.record(AUDIT_TYPE, organisation, "MEMBER_INVITED", null, caller,
                List.of("invitations[" + invitation.id() + "]"));
        return view(invitation, language);
    }

    List<InvitationView> list(Caller caller, UUID organisationId, String language) {
        UUID organisation = manageable(caller, organisationId, false);
        return store.ofOrganisation(organisation).stream().map(i -> view(i, language)).toList();
    }

    InvitationView get(Caller caller, UUID organisationId, UUID invitationId, String language) {
        return view(invitation(caller, organisationId, invitationId), language);
    }

    /** An administrator did a step by hand; for INVITE_USER they give the person's object id. */
    @RetryOnContention
    @Transactional
    InvitationView completeStep(Caller caller, UUID organisationId, UUID invitationId, String name,
                                @Nullable String objectId, String language) {
        Invitation invitation = invitation(caller, organisationId, invitationId);
        if (!scopes.of(caller).isAdmin()) {
            throw new ForbiddenException();
        }
        String result = null;
        if (objectId != null && !objectId.isBlank()) {
            try {
                result = UUID.fromString(objectId.strip()).toString();
            } catch (IllegalArgumentException notAnId) {
                throw ValidationException.of(ErrorCode.INVALID_UUID, "objectId");
            }
        }
        DirectoryStep done = steps.completeByHand(InvitationSteps.SUBJECT, invitation.id().toString(), name, result);
        audit.record(AUDIT_TYPE, invitation.organisationId(), "STEP_COMPLETED", null, caller,
                List.of("invitations[" + invitation.id() + "].steps." + done.name()));
        return view(store.find(invitation.id()).orElseThrow(), language);
    }

    /**
     * On a signed-in request: where the caller has an open invitation, they become a member of its
     * organisation now, audited as their own action.
     */
    @RetryOnContention
    void acceptOnSignIn(Caller caller) {
        if (!invitees.contains(caller.tenantId(), caller.oid())) {
            return;
        }
        transactions.executeWrite(status -> {
            Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
            for (Invitation open : store.openFor(caller.tenantId(), caller.oid())) {
                if (!store.accept(open.id(), now)) {
                    continue;
                }
                memberships.addEditor(open.organisationId(), caller.tenantId(), caller.oid(), open.displayName(),
                        open.email(), now).ifPresent(member -> audit.record(AUDIT_TYPE, open.organisationId(),
                        "MEMBER_ADDED", null, caller, List.of("members[" + member + "]")));
            }
            return null;
        });
        invitees.forget();
    }

    private Invitation invitation(Caller caller, UUID organisationId, UUID invitationId) {
        UUID organisation = manageable(caller, organisationId, false);
        return store.find(invitationId).filter(i -> i.organisationId().equals(organisation))
                .orElseThrow(NotFoundException::new);
    }

    /**
     * The organisation, if the caller may see its invitations (coordinating any of its municipalities) or,
     * {@code toInvite}, make one (all of them: a member acts for it everywhere): 404 where it does not exist.
     */
    private UUID manageable(Caller caller, UUID organisationId, boolean toInvite) {
        if (!memberships.organisationExists(organisationId)) {
            throw new NotFoundException();
        }
        UUID organisation = organisationId;
        Scope scope = scopes.of(caller);
        scope.requireWriter();
        List<String> codes = memberships.municipalitiesOf(organisation);
        if (!scope.isAdmin() && !scope.coordinatesAny(codes)) {
            throw new ForbiddenException();
        }
        if (toInvite && !scope.coordinatesAll(codes)) {
            throw new ForbiddenException(ErrorCode.OUT_OF_SCOPE);
        }
        return organisation;
    }

    private InvitationView view(Invitation i, String language) {
        String subject = i.id().toString();
        List<DirectoryStep> all = steps.steps(InvitationSteps.SUBJECT, subject);
        String overall = DirectorySteps.overallStatus(all);
        String status = Invitation.ACCEPTED.equals(i.status()) ? "ACCEPTED"
                : "FAILED".equals(overall) ? "FAILED"
                : "DONE".equals(overall) && i.userOid() != null ? "INVITED" : "PENDING";
        return new InvitationView(i.id(), i.organisationId(), i.email(), i.displayName(), status, i.createdAt(),
                i.acceptedAt(), steps.views(InvitationSteps.SUBJECT, subject, language));
    }
}
