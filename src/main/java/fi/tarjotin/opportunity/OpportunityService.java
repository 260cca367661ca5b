package fi.tarjotin.opportunity;

import fi.tarjotin.access.Caller;
import fi.tarjotin.access.Scope;
import fi.tarjotin.access.ScopeService;
import fi.tarjotin.audit.AuditEntry;
import fi.tarjotin.audit.AuditLog;
import fi.tarjotin.common.MergePatch;
import fi.tarjotin.common.Versions;
import fi.tarjotin.error.BadRequestException;
import fi.tarjotin.error.ConflictException;
import fi.tarjotin.error.ErrorCode;
import fi.tarjotin.error.ForbiddenException;
import fi.tarjotin.error.NotFoundException;
import fi.tarjotin.error.ValidationException;
import fi.tarjotin.error.VersionConflictException;
import fi.tarjotin.idempotency.IdempotentRequests;
import fi.tarjotin.transaction.RetryOnContention;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The rules of listings: who may do what, the lifecycle, versions, and an audit row for every change. Every
 * change is published as a {@link ListingChanged} inside its transaction, for the features that follow listings.
 */
@Singleton
class OpportunityService {

    static final String AUDIT_TYPE = "OPPORTUNITY";

    private final OpportunityRepository repository;
    private final OpportunityLinks links;
    private final OpportunityValidator validator;
    private final ListingScope listingScope;
    private final ScopeService scopes;
    private final AuditLog audit;
    private final IdempotentRequests idempotency;
    private final JsonMapper json;
    private final TransactionOperations<Connection> transactions;
    private final ApplicationEventPublisher<ListingChanged> changes;

    OpportunityService(OpportunityRepository repository, OpportunityLinks links, OpportunityValidator validator,
                       ListingScope listingScope, ScopeService scopes, AuditLog audit, IdempotentRequests idempotency,
                       JsonMapper json, TransactionOperations<Connection> transactions,
                       ApplicationEventPublisher<ListingChanged> changes) {
        this.repository = repository;
        this.links = links;
        this.validator = validator;
        this.listingScope = listingScope;
        this.scopes = scopes;
        this.audit = audit;
        this.idempotency = idempotency;
        this.json = json;
        this.transactions = transactions;
        this.changes = changes;
    }

    IdempotentRequests.Outcome<OpportunityView> create(Caller caller, OpportunityDraft draft,
                                                        @Nullable String idempotencyKey) {
        return idempotency.create(caller, idempotencyKey, draft, () -> insert(caller, draft), OpportunityView::id,
                id -> get(caller, id));
    }

    private OpportunityView insert(Caller caller, OpportunityDraft draft) {
        Scope scope = scopes.of(caller);
        scope.requireWriter();
        OpportunityContent content = validator.validate(draft);
        listingScope.requireNew(scope, content);
        Instant now = now();
        String orgName = organisationName(content.organisationId());
        Opportunity saved = repository.save(OpportunityMapper.toRow(UUID.randomUUID(), null, OpportunityStatus.DRAFT,
                content, orgName, now, now, null, null));
        links.write(saved, content);
        audit.record(AUDIT_TYPE, saved.id(), "CREATED", saved.version(), caller, List.of());
        OpportunityView view = OpportunityMapper.toView(saved, links.read(saved.id()), orgName);
        changes.publishEvent(new ListingChanged(ListingChanged.Change.CREATED, null, view, now));
        return view;
    }

    OpportunityView get(Caller caller, UUID id) {
        Opportunity o = repository.findById(id).orElseThrow(NotFoundException::new);
        OpportunityLinks.Links l = links.read(id);
        if (!OpportunityAccess.maySee(scopes.of(caller), o, l.municipalityCodes())) {
            throw new NotFoundException();
        }
        return OpportunityMapper.toView(o, l, organisationName(o.organisationId()));
    }

    @RetryOnContention
    OpportunityView update(Caller caller, UUID id, JsonNode patch, @Nullable String ifMatch) {
        if (!patch.isObject()) {
            throw new BadRequestException(ErrorCode.INVALID_JSON, null);
        }
        return inTransaction(() -> {
            Scope scope = scopes.of(caller);
            Opportunity current = repository.findById(id).orElseThrow(NotFoundException::new);
            OpportunityLinks.Links currentLinks = links.read(id);
            OpportunityAccess.requireChange(scope, current, currentLinks.municipalityCodes());
            long expected = Versions.expected(ifMatch, patch);
            if (expected != current.version()) {
                throw new VersionConflictException();
            }
            JsonNode before = tree(OpportunityMapper.toDraft(current, currentLinks));
            JsonNode after = MergePatch.apply(before, withoutVersion(patch));
            OpportunityContent content = validator.validate(draftOf(after));
            OpportunityAccess.requireActsFor(scope, content);
            listingScope.requireChange(scope, current, currentLinks, content);
            if (current.status() != OpportunityStatus.DRAFT) {
                validator.requirePublishable(content);
            }
            String orgName = organisationName(content.organisationId());
            Opportunity updated = save(OpportunityMapper.toRow(id, expected, current.status(), content, orgName,
                    current.createdAt(), now(), current.publishedAt(), current.archivedAt()));
            links.write(updated, content);
            OpportunityLinks.Links updatedLinks = links.read(id);
            // What was stored, not what was sent: keys the draft does not know never reach the audit trail.
            JsonNode stored = tree(OpportunityMapper.toDraft(updated, updatedLinks));
            audit.record(AUDIT_TYPE, id, "UPDATED", updated.version(), caller, changedFields(before, stored));
            OpportunityView view = OpportunityMapper.toView(updated, updatedLinks, orgName);
            changes.publishEvent(new ListingChanged(ListingChanged.Change.UPDATED, current.status(), view,
                    updated.updatedAt()));
            return view;
        });
    }

    @RetryOnContention
    OpportunityView transition(Caller caller, UUID id, OpportunityStatus.Action action, @Nullable String ifMatch) {
        return inTransaction(() -> {
            Scope scope = scopes.of(caller);
            Opportunity current = repository.findById(id).orElseThrow(NotFoundException::new);
            OpportunityLinks.Links currentLinks = links.read(id);
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
            Opportunity updated = save(current.withStatus(action.target, now()));
            links.touch(updated);
            audit.record(AUDIT_TYPE, id, pastTense(action), updated.version(), caller, List.of("status"));
            OpportunityView view = OpportunityMapper.toView(updated, currentLinks, organisationName(updated.organisationId()));
            changes.publishEvent(new ListingChanged(ListingChanged.Change.valueOf(pastTense(action)), current.status(),
                    view, updated.updatedAt()));
            return view;
        });
    }

    /**
     * Deletes a draft by a statement that checks its status and version, after locking its row with the
     * same condition: a publish that committed first makes the delete lose (409 or 412), never the reverse.
     */
    @RetryOnContention
    void delete(Caller caller, UUID id, @Nullable String ifMatch) {
        inTransaction(() -> {
            Scope scope = scopes.of(caller);
            Opportunity current = repository.findById(id).orElseThrow(NotFoundException::new);
            OpportunityLinks.Links currentLinks = links.read(id);
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
            audit.record(AUDIT_TYPE, id, "DELETED", expected, caller, List.of());
            changes.publishEvent(new ListingChanged(ListingChanged.Change.DELETED, current.status(),
                    OpportunityMapper.toView(current, currentLinks, organisationName(current.organisationId())), now()));
            return null;
        });
    }

    /** A listing deleted since it was read has no join rows left: that is a 404, not invalid content. */
    private void requirePublishable(Opportunity current, OpportunityLinks.Links currentLinks) {
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

    /** The audit trail of a listing, for those who may change it. */
    List<AuditEntry> history(Caller caller, UUID id) {
        Scope scope = scopes.of(caller);
        Optional<Opportunity> found = repository.findById(id);
        if (found.isEmpty()) {
            throw new NotFoundException();
        }
        List<String> municipalities = links.read(id).municipalityCodes();
        if (!OpportunityAccess.maySee(scope, found.get(), municipalities)) {
            throw new NotFoundException();
        }
        if (!OpportunityAccess.actsFor(scope, found.get().organisationId(), municipalities)) {
            throw new ForbiddenException();
        }
        return audit.history(AUDIT_TYPE, id);
    }

    /** Millisecond precision, as DATETIME2(3) stores it, so what is answered equals what is read back. */
    private static Instant now() {
        return Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    }

    private Opportunity save(Opportunity row) {
        try {
            return repository.update(row);
        } catch (OptimisticLockException concurrentChange) {
            throw new VersionConflictException();
        }
    }

    private <T> T inTransaction(Supplier<T> work) {
        return transactions.executeWrite(status -> work.get());
    }

    private String organisationName(UUID organisationId) {
        return repository.findOrganisationName(organisationId).orElse(null);
    }

    private OpportunityDraft draftOf(JsonNode node) {
        try {
            return json.readValueFromTree(node, OpportunityDraft.class);
        } catch (IOException | RuntimeException wrongTypes) {
            throw new BadRequestException(ErrorCode.INVALID_JSON, null);
        }
    }

    private JsonNode tree(OpportunityDraft draft) {
        try {
            return json.writeValueToTree(draft);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode withoutVersion(JsonNode patch) {
        var members = new java.util.LinkedHashMap<String, JsonNode>();
        patch.entries().forEach(e -> {
            if (!e.getKey().equals("version")) {
                members.put(e.getKey(), e.getValue());
            }
        });
        return JsonNode.createObjectNode(members);
    }

    private static List<String> changedFields(JsonNode before, JsonNode after) {
        List<String> changed = new ArrayList<>();
        var names = new java.util.TreeSet<String>();
        before.entries().forEach(e -> names.add(e.getKey()));
        after.entries().forEach(e -> names.add(e.getKey()));
        for (String name : names) {
            if (!Objects.equals(before.get(name), after.get(name))) {
                changed.add(name);
            }
        }
        return changed;
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
