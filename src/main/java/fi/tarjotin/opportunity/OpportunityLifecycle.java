package fi.tarjotin.opportunity;

import fi.tarjotin.access.Caller;
import fi.tarjotin.access.Scope;
import fi.tarjotin.access.ScopeService;
import fi.tarjotin.audit.AuditLog;
import fi.tarjotin.common.Versions;
import fi.tarjotin.error.ConflictException;
import fi.tarjotin.error.ErrorCode;
import fi.tarjotin.error.NotFoundException;
import fi.tarjotin.error.ValidationException;
import fi.tarjotin.error.VersionConflictException;
import fi.tarjotin.transaction.RetryOnContention;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The status of a listing: publishing, closing, reopening, archiving, and deleting a draft. The content of a
 * listing is {@link OpportunityService}'s; both audit and publish a {@link ListingChanged} for every change.
 */
@Singleton
class OpportunityLifecycle {

    private final OpportunityRepository repository;
    private final DeletedListingStore deletions;
    private final OpportunityLinkStore links;
    private final OpportunityValidator validator;
    private final ScopeService scopes;
    private final AuditLog audit;
    private final ListingWrites writes;
    private final ApplicationEventPublisher<ListingChanged> changes;

    OpportunityLifecycle(OpportunityRepository repository, OpportunityLinkStore links, OpportunityValidator validator,
                         ScopeService scopes, AuditLog audit, ListingWrites writes,
                         ApplicationEventPublisher<ListingChanged> changes, DeletedListingStore deletions) {
        this.deletions = deletions;
        this.repository = repository;
        this.links = links;
        this.validator = validator;
        this.scopes = scopes;
        this.audit = audit;
        this.writes = writes;
        this.changes = changes;
    }

    @RetryOnContention
    OpportunityView transition(Caller caller, UUID id, OpportunityStatus.Action action, @Nullable String ifMatch) {
        return writes.inTransaction(() -> {
            Scope scope = scopes.of(caller);
            Opportunity current = repository.findById(id).orElseThrow(NotFoundException::new);
            OpportunityLinkStore.Links currentLinks = links.read(id);
            OpportunityAccess.requireChange(scope, current, currentLinks.municipalityCodes());
            Long expected = Versions.parse(ifMatch);
            if (expected != null && expected != current.version().longValue()) {
                throw new VersionConflictException();
            }
            if (!action.from.contains(current.status())) {
                throw new ConflictException(ErrorCode.INVALID_STATUS_TRANSITION, "status");
            }
            if (action.target == OpportunityStatus.PUBLISHED) {
                requirePublishable(current, currentLinks);
            }
            return apply(current, currentLinks, action, caller, pastTense(action));
        });
    }

    /**
     * Closes a published listing whose last valid day is before {@code today}, as the close operation does but
     * by the service itself (the audit row names no person, its action is {@code EXPIRED}); false where the
     * listing has changed since it was found.
     */
    @RetryOnContention
    boolean expire(UUID id, LocalDate today) {
        return writes.inTransaction(() -> {
            Opportunity current = repository.findById(id).orElse(null);
            if (current == null || current.status() != OpportunityStatus.PUBLISHED || current.validTo() == null
                    || !current.validTo().isBefore(today)) {
                return false;
            }
            apply(current, links.read(id), OpportunityStatus.Action.CLOSE, null, "EXPIRED");
            return true;
        });
    }

    /** Saves the new status with a raised version, audits it and publishes the change; inside the caller's transaction. */
    private OpportunityView apply(Opportunity current, OpportunityLinkStore.Links currentLinks,
                                  OpportunityStatus.Action action, @Nullable Caller caller, String auditAction) {
        Opportunity updated = writes.save(current.withStatus(action.target, writes.now()));
        links.touch(updated);
        audit.record(OpportunityService.AUDIT_TYPE, current.id(), auditAction, updated.version(), caller,
                List.of("status"));
        OpportunityView view = OpportunityMapper.toView(updated, currentLinks,
                writes.organisationName(updated.organisationId()));
        changes.publishEvent(new ListingChanged(ListingChanged.Change.valueOf(pastTense(action)), current.status(),
                view, updated.updatedAt()));
        return view;
    }

    /**
     * Deletes a draft by a statement that checks its status and version, after locking its row with the
     * same condition: a publish that committed first makes the delete lose (409 or 412), never the reverse.
     */
    @RetryOnContention
    void delete(Caller caller, UUID id, @Nullable String ifMatch) {
        writes.inTransaction(() -> {
            Scope scope = scopes.of(caller);
            Opportunity current = repository.findById(id).orElseThrow(NotFoundException::new);
            OpportunityLinkStore.Links currentLinks = links.read(id);
            OpportunityAccess.requireChange(scope, current, currentLinks.municipalityCodes());
            Long fromHeader = Versions.parse(ifMatch);
            long expected = fromHeader != null ? fromHeader : current.version();
            if (repository.lockDraft(id, expected) != 1) {
                throw whyNotDeletable(id, expected);
            }
            links.deleteAll(id);
            if (repository.deleteDraft(id, expected) != 1) {
                throw whyNotDeletable(id, expected);
            }
            deletions.record(id, writes.now());
            audit.record(OpportunityService.AUDIT_TYPE, id, "DELETED", expected, caller, List.of());
            changes.publishEvent(new ListingChanged(ListingChanged.Change.DELETED, current.status(),
                    OpportunityMapper.toView(current, currentLinks, writes.organisationName(current.organisationId())),
                    writes.now()));
            return null;
        });
    }

    /** A listing deleted since it was read has no join rows left: that is a 404, not invalid content. */
    private void requirePublishable(Opportunity current, OpportunityLinkStore.Links currentLinks) {
        try {
            validator.requirePublishable(validator.validate(OpportunityMapper.toDraft(current, currentLinks)));
        } catch (ValidationException invalid) {
            if (!repository.existsById(current.id())) {
                throw new NotFoundException();
            }
            throw invalid;
        }
    }

    /** Why a draft could not be deleted at {@code expected}: gone, no longer a draft, or another version. */
    private RuntimeException whyNotDeletable(UUID id, long expected) {
        Optional<Opportunity> now = repository.findById(id);
        if (now.isEmpty()) {
            return new NotFoundException();
        }
        if (now.get().status() != OpportunityStatus.DRAFT) {
            return new ConflictException(ErrorCode.ONLY_DRAFT_DELETABLE, "status");
        }
        return new VersionConflictException();
    }

    private static String pastTense(OpportunityStatus.Action action) {
        return switch (action) {
            case PUBLISH -> "PUBLISHED";
            case CLOSE -> "CLOSED";
            case REOPEN -> "REOPENED";
            case ARCHIVE -> "ARCHIVED";
        };
    }
}
