package fi.tarjotin.municipality;

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

/** Who coordinates a municipality. Only admins assign coordinators; a municipality's coordinators see each other. */
@Singleton
class CoordinatorService {

    static final String AUDIT_TYPE = "MUNICIPALITY";

    private final Municipalities municipalities;
    private final CoordinatorAssignmentRepository assignments;
    private final ScopeService scopes;
    private final AuditLog audit;
    private final Clock clock;
    private final WireRules rules;

    CoordinatorService(Municipalities municipalities, CoordinatorAssignmentRepository assignments,
                       ScopeService scopes, AuditLog audit, Clock clock, WireRules rules) {
        this.municipalities = municipalities;
        this.assignments = assignments;
        this.scopes = scopes;
        this.audit = audit;
        this.clock = clock;
        this.rules = rules;
    }

    List<CoordinatorView> list(Caller caller, String code) {
        Municipality municipality = find(code);
        if (!scopes.of(caller).coordinates(municipality.code())) {
            throw new ForbiddenException();
        }
        return assignments.findByMunicipalityCodeOrderByDisplayName(municipality.code()).stream()
                .map(CoordinatorView::of).toList();
    }

    CoordinatorView get(Caller caller, String code, UUID id) {
        return list(caller, code).stream().filter(c -> c.id().equals(id)).findFirst()
                .orElseThrow(NotFoundException::new);
    }

    @RetryOnContention
    @Transactional
    CoordinatorView add(Caller caller, String code, PersonDraft draft) {
        requireAdministrator(caller);
        Municipality municipality = find(code);
        PersonDraft.Checked person = draft.checked(rules);
        if (assignments.existsByMunicipalityCodeAndTenantIdAndOid(municipality.code(), person.tenantId(),
                person.oid())) {
            throw new ConflictException(ErrorCode.DUPLICATE_COORDINATOR);
        }
        CoordinatorAssignment assignment;
        try {
            assignment = assignments.save(CoordinatorAssignment.of(municipality.code(), person.tenantId(),
                    person.oid(), person.displayName(), person.email(), clock.instant()));
        } catch (DataAccessException failed) {
            // Only a unique key that someone else filled meanwhile is a duplicate; an outage is not.
            if (!UniqueViolation.isCause(failed)) {
                throw failed;
            }
            throw new ConflictException(ErrorCode.DUPLICATE_COORDINATOR);
        }
        audit.record(AUDIT_TYPE, municipality.code(), "COORDINATOR_ADDED", municipality.version(), caller,
                List.of("coordinators[" + assignment.id() + "]"));
        return CoordinatorView.of(assignment);
    }

    @RetryOnContention
    @Transactional
    void remove(Caller caller, String code, UUID id) {
        requireAdministrator(caller);
        Municipality municipality = find(code);
        CoordinatorAssignment assignment = assignments.findByIdAndMunicipalityCode(id, municipality.code())
                .orElseThrow(NotFoundException::new);
        assignments.delete(assignment);
        audit.record(AUDIT_TYPE, municipality.code(), "COORDINATOR_REMOVED", municipality.version(), caller,
                List.of("coordinators[" + assignment.id() + "]"));
    }

    private void requireAdministrator(Caller caller) {
        Scope scope = scopes.of(caller);
        scope.requireWriter();
        if (!scope.isAdmin()) {
            throw new ForbiddenException();
        }
    }

    private Municipality find(String code) {
        return municipalities.find(code).orElseThrow(NotFoundException::new);
    }
}
