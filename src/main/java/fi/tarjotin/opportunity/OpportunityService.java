package fi.tarjotin.opportunity;

import fi.tarjotin.access.Caller;
import fi.tarjotin.access.Scope;
import fi.tarjotin.access.ScopeService;
import fi.tarjotin.audit.AuditEntry;
import fi.tarjotin.audit.AuditLog;
import fi.tarjotin.common.MergePatchRequest;
import fi.tarjotin.error.ForbiddenException;
import fi.tarjotin.error.NotFoundException;
import fi.tarjotin.error.VersionConflictException;
import fi.tarjotin.idempotency.IdempotentRequests;
import fi.tarjotin.transaction.RetryOnContention;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The content of listings: who may create, read and change them, versions, and an audit row for every change.
 * Every change is published as a {@link ListingChanged} inside its transaction, for the features that follow
 * listings. Status changes and deletion are {@link OpportunityLifecycle}'s.
 */
@Singleton
class OpportunityService {

    static final String AUDIT_TYPE = "OPPORTUNITY";

    private final OpportunityRepository repository;
    private final OpportunityLinkStore links;
    private final OpportunityValidator validator;
    private final ListingScope listingScope;
    private final ScopeService scopes;
    private final AuditLog audit;
    private final IdempotentRequests idempotency;
    private final JsonMapper json;
    private final ListingWrites writes;
    private final ApplicationEventPublisher<ListingChanged> changes;

    OpportunityService(OpportunityRepository repository, OpportunityLinkStore links, OpportunityValidator validator,
                       ListingScope listingScope, ScopeService scopes, AuditLog audit, IdempotentRequests idempotency,
                       JsonMapper json, ListingWrites writes, ApplicationEventPublisher<ListingChanged> changes) {
        this.repository = repository;
        this.links = links;
        this.validator = validator;
        this.listingScope = listingScope;
        this.scopes = scopes;
        this.audit = audit;
        this.idempotency = idempotency;
        this.json = json;
        this.writes = writes;
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
        Instant now = writes.now();
        String orgName = writes.organisationName(content.organisationId());
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
        OpportunityLinkStore.Links l = links.read(id);
        if (!OpportunityAccess.maySee(scopes.of(caller), o, l.municipalityCodes())) {
            throw new NotFoundException();
        }
        return OpportunityMapper.toView(o, l, writes.organisationName(o.organisationId()));
    }

    @RetryOnContention
    OpportunityView update(Caller caller, UUID id, MergePatchRequest patch, @Nullable String ifMatch) {
        return writes.inTransaction(() -> {
            Scope scope = scopes.of(caller);
            Opportunity current = repository.findById(id).orElseThrow(NotFoundException::new);
            OpportunityLinkStore.Links currentLinks = links.read(id);
            OpportunityAccess.requireChange(scope, current, currentLinks.municipalityCodes());
            long expected = patch.expectedVersion(ifMatch);
            if (expected != current.version()) {
                throw new VersionConflictException();
            }
            OpportunityDraft currentDraft = OpportunityMapper.toDraft(current, currentLinks);
            JsonNode before = tree(currentDraft);
            OpportunityContent content = validator.validate(patch.applyTo(currentDraft, OpportunityDraft.class, json));
            OpportunityAccess.requireActsFor(scope, content);
            listingScope.requireChange(scope, current, currentLinks, content);
            if (current.status() != OpportunityStatus.DRAFT) {
                validator.requirePublishable(content);
            }
            String orgName = writes.organisationName(content.organisationId());
            Opportunity updated = writes.save(OpportunityMapper.toRow(id, expected, current.status(), content, orgName,
                    current.createdAt(), writes.now(), current.publishedAt(), current.archivedAt()));
            links.write(updated, content);
            OpportunityLinkStore.Links updatedLinks = links.read(id);
            // What was stored, not what was sent: keys the draft does not know never reach the audit trail.
            JsonNode stored = tree(OpportunityMapper.toDraft(updated, updatedLinks));
            audit.record(AUDIT_TYPE, id, "UPDATED", updated.version(), caller, changedFields(before, stored));
            OpportunityView view = OpportunityMapper.toView(updated, updatedLinks, orgName);
            changes.publishEvent(new ListingChanged(ListingChanged.Change.UPDATED, current.status(), view,
                    updated.updatedAt()));
            return view;
        });
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

    private JsonNode tree(OpportunityDraft draft) {
        try {
            return json.writeValueToTree(draft);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
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
}
