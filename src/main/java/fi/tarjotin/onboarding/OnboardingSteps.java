package fi.tarjotin.onboarding;

import fi.tarjotin.access.EntraProperties;
import fi.tarjotin.audit.AuditLog;
import fi.tarjotin.directory.Directory;
import fi.tarjotin.directory.DirectoryException;
import fi.tarjotin.directory.DirectoryStep;
import fi.tarjotin.directory.OwnedGroups;
import fi.tarjotin.directory.StepHandler;
import fi.tarjotin.error.ErrorCode;
import fi.tarjotin.municipality.Municipalities;
import io.micronaut.core.annotation.Nullable;
import fi.tarjotin.municipality.CoordinatorAssignments;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The directory steps of a municipality's onboarding: its coordinator group with the Coordinator app role,
 * and for each coordinator an invitation (unless they are in the tenant already), membership of the
 * group, and finally their scope in the catalogue (a coordinator assignment keyed by their object id).
 */
@Singleton
class OnboardingSteps implements StepHandler {

    static final String CREATE_GROUP = "CREATE_GROUP";
    static final String ASSIGN_APP_ROLE = "ASSIGN_APP_ROLE";
    static final String GROUP = "GROUP";
    static final String APP_ROLE = "APP_ROLE";
    static final String INVITE = "INVITE";
    static final String ADD_TO_GROUP = "ADD_TO_GROUP";
    static final String RECORD_SCOPE = "RECORD_SCOPE";

    private final Directory directory;
    private final OwnedGroups groups;
    private final OnboardingStore store;
    private final Municipalities municipalities;
    private final EntraProperties entra;
    private final CoordinatorAssignments assignments;
    private final AuditLog audit;

    OnboardingSteps(Directory directory, OwnedGroups groups, OnboardingStore store, Municipalities municipalities,
                    EntraProperties entra, CoordinatorAssignments assignments, AuditLog audit) {
        this.directory = directory;
        this.groups = groups;
        this.store = store;
        this.municipalities = municipalities;
        this.entra = entra;
        this.assignments = assignments;
        this.audit = audit;
    }

    static String groupNickname(String code) {
        return "tarjotin-coordinators-" + code;
    }

    static String invite(int n) {
        return "INVITE_COORDINATOR_" + n;
    }

    static String addToGroup(int n) {
        return "ADD_COORDINATOR_" + n + "_TO_GROUP";
    }

    static String recordScope(int n) {
        return "RECORD_COORDINATOR_" + n + "_SCOPE";
    }

    @Override
    public String subjectType() {
        return OnboardingService.SUBJECT;
    }

    @Override
    public @Nullable String perform(DirectoryStep step, Map<String, String> results) {
        String code = step.subjectId();
        return switch (step.kind()) {
            case GROUP -> groups.ensure(groupNickname(code),
                    "Tarjotin koordinaattorit " + code + " " + nameOf(code),
                    "Tarjottimen kuntakoordinaattorit: " + nameOf(code));
            case APP_ROLE -> {
                directory.assignAppRole(required(results, CREATE_GROUP), Directory.AppRole.COORDINATOR);
                yield null;
            }
            case INVITE -> {
                OnboardingView.Coordinator person = person(step);
                yield directory.findUserByEmail(person.email())
                        .orElseGet(() -> directory.inviteGuest(person.email(), person.displayName()));
            }
            case ADD_TO_GROUP -> {
                directory.addMember(required(results, CREATE_GROUP), required(results, invite(number(step))));
                yield null;
            }
            case RECORD_SCOPE -> {
                person(step);
                yield required(results, invite(number(step)));
            }
            default -> throw DirectoryException.permanent(ErrorCode.STEP_UNKNOWN);
        };
    }

    @Override
    public void completed(DirectoryStep step, @Nullable String result, Map<String, String> results) {
        if (GROUP.equals(step.kind()) && result != null) {
            // Done by the worker this stores nothing new; done by hand, the administrator named the group.
            groups.adopt(groupNickname(step.subjectId()), result);
            return;
        }
        if (!RECORD_SCOPE.equals(step.kind())) {
            return;
        }
        String oid = results.getOrDefault(invite(number(step)), result);
        if (oid == null) {
            // Marked done by hand without an object id: the administrator assigned the coordinator themselves.
            return;
        }
        OnboardingView.Coordinator person = store.coordinator(step.subjectId(), number(step)).orElse(null);
        if (person == null || person.email() == null) {
            // Erased since: no scope is recorded for a person the catalogue no longer knows.
            return;
        }
        UUID tenant = UUID.fromString(entra.getHomeTenantId());
        Optional<UUID> added = assignments.assignIfAbsent(step.subjectId(), tenant, UUID.fromString(oid),
                person.displayName(), person.email());
        if (added.isEmpty()) {
            return;
        }
        UUID id = added.get();
        // The directory worker acts for the administrator who onboarded; the audit row names no person.
        audit.record("MUNICIPALITY", step.subjectId(), "COORDINATOR_ADDED", null, null,
                List.of("coordinators[" + id + "]"));
    }

    private OnboardingView.Coordinator person(DirectoryStep step) {
        OnboardingView.Coordinator person = store.coordinator(step.subjectId(), number(step))
                .orElseThrow(() -> DirectoryException.permanent(ErrorCode.STEP_UNKNOWN));
        if (person.email() == null) {
            // The person's data was erased: they are neither invited nor given a scope any more.
            throw DirectoryException.permanent(ErrorCode.STEP_PERSON_ERASED);
        }
        return person;
    }

    private static int number(DirectoryStep step) {
        return Integer.parseInt(step.argument());
    }

    private String nameOf(String code) {
        return municipalities.find(code).map(m -> m.nameFi()).orElse(code);
    }

    /** The result of an earlier step; without it (marked done by hand with none) this step cannot proceed. */
    private static String required(Map<String, String> results, String name) {
        String value = results.get(name);
        if (value == null) {
            throw DirectoryException.permanent(ErrorCode.STEP_RESULT_MISSING);
        }
        return value;
    }
}
