package fi.tarjotin.organisation;

import fi.tarjotin.access.Caller;
import fi.tarjotin.access.Role;
import fi.tarjotin.access.Scope;
import fi.tarjotin.access.ScopeService;
import fi.tarjotin.audit.AuditLog;
import fi.tarjotin.common.Cursor;
import fi.tarjotin.common.MergePatchRequest;
import fi.tarjotin.error.ConflictException;
import fi.tarjotin.error.ErrorCode;
import fi.tarjotin.error.ForbiddenException;
import fi.tarjotin.error.NotFoundException;
import fi.tarjotin.error.VersionConflictException;
import fi.tarjotin.transaction.RetryOnContention;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Organisations: anyone signed in reads them; admins create and change any, coordinators those all of
 * whose municipalities they coordinate. Every change is audited in its own transaction.
 */
@Singleton
class OrganisationService {

    static final String AUDIT_TYPE = "ORGANISATION";

    /** One page of a search: the items, the cursor of the next page, the total if asked for. */
    record Slice(List<OrganisationView> items, @Nullable Cursor next, @Nullable Long count) {
    }

    private final OrganisationRepository organisations;
    private final OrganisationQueries queries;
    private final OrganisationRules rules;
    private final ScopeService scopes;
    private final AuditLog audit;
    private final JsonMapper json;
    private final Clock clock;

    OrganisationService(OrganisationRepository organisations, OrganisationQueries queries, OrganisationRules rules,
                        ScopeService scopes, AuditLog audit, JsonMapper json, Clock clock) {
        this.organisations = organisations;
        this.queries = queries;
        this.rules = rules;
        this.scopes = scopes;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    Slice search(OrganisationCriteria criteria) {
        OrganisationQueries.Hits hits = queries.search(criteria);
        Map<UUID, Organisation> found = organisations.findByIdIn(hits.ids()).stream()
                .collect(Collectors.toMap(Organisation::id, Function.identity()));
        Map<UUID, List<String>> codes = queries.codesOf(hits.ids());
        List<OrganisationView> items = hits.ids().stream().filter(found::containsKey)
                .map(id -> OrganisationView.of(found.get(id), codes.getOrDefault(id, List.of()))).toList();
        return new Slice(items, hits.next(), hits.count());
    }

    /**
     * Every organisation the caller may create and edit listings for, by name and without paging, since a
     * dropdown reads one answer only: an admin's are all, a coordinator's those working in their
     * municipalities, an editor's those they are a member of; a caller who may not write has none.
     */
    List<OrganisationChoice> editable(Caller caller) {
        Scope scope = scopes.of(caller);
        if (!scope.mayWrite()) {
            return List.of();
        }
        return queries.choices(scope.isAdmin(), scope.organisationIds(), scope.municipalityCodes());
    }

    OrganisationView get(UUID id) {
        Organisation organisation = find(id);
        return OrganisationView.of(organisation, queries.codesOf(organisation.id()));
    }

    @RetryOnContention
    @Transactional
    OrganisationView create(Caller caller, OrganisationDraft draft) {
        Scope scope = scopes.of(caller);
        scope.requireWriter();
        if (!scope.isAdmin() && !caller.has(Role.COORDINATOR)) {
            throw new ForbiddenException();
        }
        OrganisationFields fields = rules.check(draft);
        if (!fields.municipalityCodes().stream().allMatch(scope::coordinates)) {
            throw new ForbiddenException(ErrorCode.OUT_OF_SCOPE);
        }
        if (fields.businessId() != null && organisations.existsByBusinessId(fields.businessId())) {
            throw new ConflictException(ErrorCode.DUPLICATE_BUSINESS_ID, "businessId");
        }
        Instant now = clock.instant();
        Organisation saved = organisations.save(fields.toEntity(UUID.randomUUID(), 0L, now, now));
        queries.replaceCodes(saved.id(), List.of(), fields.municipalityCodes());
        audit.record(AUDIT_TYPE, saved.id(), "CREATED", saved.version(), caller, fields.present());
        return OrganisationView.of(saved, fields.municipalityCodes());
    }

    @RetryOnContention
    @Transactional
    OrganisationView update(Caller caller, UUID id, MergePatchRequest patch, @Nullable String ifMatch) {
        Scope scope = scopes.of(caller);
        scope.requireWriter();
        Organisation current = find(id);
        List<String> currentCodes = queries.codesOf(current.id());
        if (!scope.coordinatesAny(currentCodes)) {
            throw new ForbiddenException();
        }
        // Its name and details show in every municipality it works in: all of them must be the caller's.
        if (!scope.coordinatesAll(currentCodes)) {
            throw new ForbiddenException(ErrorCode.OUT_OF_SCOPE);
        }
        if (patch.expectedVersion(ifMatch) != current.version()) {
            throw new VersionConflictException();
        }
        OrganisationFields before = OrganisationFields.of(current, currentCodes);
        OrganisationFields after = rules.check(patch.applyTo(OrganisationDraft.of(before), OrganisationDraft.class, json));
        requireScopeOverChangedMunicipalities(scope, before.municipalityCodes(), after.municipalityCodes());
        if (after.businessId() != null && !after.businessId().equals(before.businessId())
                && organisations.existsByBusinessIdAndIdNotEqual(after.businessId(), current.id())) {
            throw new ConflictException(ErrorCode.DUPLICATE_BUSINESS_ID, "businessId");
        }
        List<String> changed = after.changedFrom(before);
        if (changed.isEmpty()) {
            return OrganisationView.of(current, currentCodes);
        }
        Organisation saved;
        try {
            saved = organisations.update(after.toEntity(current.id(), current.version(), current.createdAt(),
                    clock.instant()));
        } catch (OptimisticLockException concurrentUpdate) {
            throw new VersionConflictException();
        }
        queries.replaceCodes(saved.id(), before.municipalityCodes(), after.municipalityCodes());
        audit.record(AUDIT_TYPE, saved.id(), "UPDATED", saved.version(), caller, changed);
        return OrganisationView.of(saved, after.municipalityCodes());
    }

    /** The organisation with this id, or 404. */
    Organisation find(UUID id) {
        return organisations.findById(id).orElseThrow(NotFoundException::new);
    }

    /** A coordinator may move an organisation into or out of their own municipalities only. */
    private static void requireScopeOverChangedMunicipalities(Scope scope, List<String> before, List<String> after) {
        Set<String> touched = new HashSet<>(before);
        touched.addAll(after);
        touched.removeIf(code -> before.contains(code) && after.contains(code));
        if (!touched.stream().allMatch(scope::coordinates)) {
            throw new ForbiddenException(ErrorCode.OUT_OF_SCOPE);
        }
    }
}
