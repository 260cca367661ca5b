package fi.tarjotin.onboarding;

import fi.tarjotin.access.Caller;
import fi.tarjotin.audit.AuditLog;
import fi.tarjotin.common.Formats;
import fi.tarjotin.common.Guids;
import fi.tarjotin.common.PlainText;
import fi.tarjotin.directory.DirectoryStep;
import fi.tarjotin.directory.DirectorySteps;
import fi.tarjotin.directory.StepPlan;
import fi.tarjotin.error.ErrorCode;
import fi.tarjotin.error.FieldError;
import fi.tarjotin.error.NotFoundException;
import fi.tarjotin.error.ValidationException;
import fi.tarjotin.municipality.Municipalities;
import fi.tarjotin.municipality.Municipality;
import fi.tarjotin.municipality.MunicipalityAdministration;
import fi.tarjotin.transaction.RetryOnContention;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Brings a municipality into the catalogue: stores what was agreed at once, and plans the directory steps
 * (coordinator group, its app role, each coordinator's invitation, membership and scope) for the worker.
 * Repeating an onboarding adds only what is new; an unchanged repeat changes nothing and audits nothing.
 */
@Singleton
class OnboardingService {

    static final String SUBJECT = "MUNICIPALITY";
    private static final String AUDIT_TYPE = "MUNICIPALITY";
    private static final int MAX_ORIGINS = 20;
    private static final int MAX_COORDINATORS = 50;

    private final Municipalities municipalities;
    private final MunicipalityAdministration administration;
    private final OnboardingStore store;
    private final DirectorySteps steps;
    private final AuditLog audit;
    private final Clock clock;

    OnboardingService(Municipalities municipalities, MunicipalityAdministration administration, OnboardingStore store,
                      DirectorySteps steps, AuditLog audit, Clock clock) {
        this.municipalities = municipalities;
        this.administration = administration;
        this.store = store;
        this.steps = steps;
        this.audit = audit;
        this.clock = clock;
    }

    @RetryOnContention
    @Transactional
    OnboardingView onboard(Caller caller, String code, OnboardingRequest request, String language) {
        administration.requireAdministrator(caller);
        Municipality municipality = municipalities.find(code).orElseThrow(NotFoundException::new);
        Checked checked = check(request);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        boolean first = store.agreement(code).isEmpty();
        List<String> changed = new ArrayList<>();
        if (store.saveAgreement(code, checked.agreement(), now)) {
            changed.add("agreement");
        }
        if (store.replaceOrigins(code, checked.origins(), now)) {
            changed.add("websiteOrigins");
        }
        if (administration.setEntraTenant(caller, code, checked.tenant())) {
            changed.add("entraTenantId");
        }
        for (int number : store.addCoordinators(code, checked.coordinators(), now)) {
            changed.add("coordinators[" + number + "]");
        }
        int planned = steps.plan(SUBJECT, code, plan(code));
        if (!changed.isEmpty() || planned > 0) {
            audit.record(AUDIT_TYPE, code, first ? "ONBOARDED" : "ONBOARDING_UPDATED", municipality.version(), caller,
                    changed);
        }
        return view(code, language);
    }

    OnboardingView get(Caller caller, String code, String language) {
        administration.requireAdministrator(caller);
        municipalities.find(code).orElseThrow(NotFoundException::new);
        return view(code, language);
    }

    @RetryOnContention
    @Transactional
    OnboardingView completeStep(Caller caller, String code, String name, @Nullable String objectId, String language) {
        administration.requireAdministrator(caller);
        municipalities.find(code).orElseThrow(NotFoundException::new);
        String result = objectId == null || objectId.isBlank() ? null
                : guid(objectId).orElseThrow(() -> ValidationException.of(ErrorCode.INVALID_UUID, "objectId"));
        boolean correction = steps.steps(SUBJECT, code).stream()
                .anyMatch(s -> s.name().equals(name) && s.status() == DirectoryStep.StepStatus.DONE);
        DirectoryStep done = steps.completeByHand(SUBJECT, code, name, result);
        audit.record(AUDIT_TYPE, code, correction ? "STEP_CORRECTED" : "STEP_COMPLETED", null, caller,
                List.of("steps." + done.name()));
        return view(code, language);
    }

    @RetryOnContention
    @Transactional
    OnboardingView retryStep(Caller caller, String code, String name, String language) {
        administration.requireAdministrator(caller);
        municipalities.find(code).orElseThrow(NotFoundException::new);
        DirectoryStep retried = steps.retry(SUBJECT, code, name);
        audit.record(AUDIT_TYPE, code, "STEP_RETRIED", null, caller, List.of("steps." + retried.name()));
        return view(code, language);
    }

    /** Every step the municipality needs now; those it has already are kept as they are. */
    private List<StepPlan> plan(String code) {
        List<StepPlan> plans = new ArrayList<>();
        plans.add(new StepPlan(OnboardingSteps.CREATE_GROUP, OnboardingSteps.GROUP, 1, null, true));
        plans.add(new StepPlan(OnboardingSteps.ASSIGN_APP_ROLE, OnboardingSteps.APP_ROLE, 2, null, true));
        for (OnboardingView.Coordinator c : store.coordinators(code)) {
            String n = String.valueOf(c.number());
            plans.add(new StepPlan(OnboardingSteps.invite(c.number()), OnboardingSteps.INVITE, 1, n, true));
            plans.add(new StepPlan(OnboardingSteps.addToGroup(c.number()), OnboardingSteps.ADD_TO_GROUP, 2, n, true));
            plans.add(new StepPlan(OnboardingSteps.recordScope(c.number()), OnboardingSteps.RECORD_SCOPE, 3, n, false));
        }
        return plans;
    }

    private OnboardingView view(String code, String language) {
        OnboardingView.Agreement agreement = store.agreement(code).orElseThrow(NotFoundException::new);
        List<DirectoryStep> all = steps.steps(SUBJECT, code);
        Municipality municipality = municipalities.find(code).orElseThrow(NotFoundException::new);
        return new OnboardingView(code, DirectorySteps.overallStatus(all), agreement, store.origins(code),
                municipality.entraTenantId(), store.coordinators(code), steps.views(SUBJECT, code, language));
    }

    private record Checked(OnboardingView.Agreement agreement, Set<String> origins, @Nullable UUID tenant,
                           List<OnboardingRequest.Person> coordinators) {
    }

    private static Checked check(OnboardingRequest r) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate start = date(r.startDate(), "startDate", errors);
        LocalDate end = date(r.endDate(), "endDate", errors);
        if (start != null && end != null && end.isBefore(start)) {
            errors.add(new FieldError(ErrorCode.INVALID_DATE_RANGE, "endDate"));
        }
        if (r.coachingTargetPerYear() != null && (r.coachingTargetPerYear() < 0 || r.coachingTargetPerYear() > 100_000)) {
            errors.add(new FieldError(ErrorCode.OUT_OF_RANGE, "coachingTargetPerYear"));
        }
        Set<String> origins = new LinkedHashSet<>();
        List<String> given = r.websiteOrigins() == null ? List.of() : r.websiteOrigins();
        if (given.size() > MAX_ORIGINS) {
            errors.add(new FieldError(ErrorCode.INVALID_LENGTH, "websiteOrigins"));
        } else {
            for (int i = 0; i < given.size(); i++) {
                int index = i;
                WebsiteOrigin.parse(given.get(i)).ifPresentOrElse(o -> origins.add(o.value()),
                        () -> errors.add(new FieldError(ErrorCode.INVALID_ORIGIN, "websiteOrigins[" + index + "]")));
            }
        }
        UUID tenant = null;
        if (r.entraTenantId() != null && !r.entraTenantId().isBlank()) {
            tenant = guid(r.entraTenantId()).map(UUID::fromString).orElse(null);
            if (tenant == null) {
                errors.add(new FieldError(ErrorCode.INVALID_UUID, "entraTenantId"));
            }
        }
        List<OnboardingRequest.Person> people = coordinators(r.coordinators(), errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new Checked(new OnboardingView.Agreement(start, end, r.coachingTargetPerYear()), origins, tenant, people);
    }

    private static List<OnboardingRequest.Person> coordinators(@Nullable List<OnboardingRequest.Person> given,
                                                               List<FieldError> errors) {
        List<OnboardingRequest.Person> people = new ArrayList<>();
        if (given == null) {
            return people;
        }
        if (given.size() > MAX_COORDINATORS) {
            errors.add(new FieldError(ErrorCode.INVALID_LENGTH, "coordinators"));
            return people;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < given.size(); i++) {
            OnboardingRequest.Person p = given.get(i);
            String email = p == null || p.email() == null ? null : PlainText.line(p.email()).strip();
            String rawName = p == null ? null : PlainText.line(p.displayName());
            String name = rawName == null || rawName.isBlank() ? null : rawName.strip();
            String target = "coordinators[" + i + "]";
            if (email == null || email.isEmpty()) {
                errors.add(new FieldError(ErrorCode.REQUIRED, target + ".email"));
            } else if (email.length() > 254 || !Formats.isEmail(email)) {
                errors.add(new FieldError(ErrorCode.INVALID_EMAIL, target + ".email"));
            } else if (!seen.add(OnboardingStore.key(email))) {
                errors.add(new FieldError(ErrorCode.DUPLICATE, target + ".email"));
            }
            if (name == null) {
                errors.add(new FieldError(ErrorCode.REQUIRED, target + ".displayName"));
            } else if (name.length() > 200) {
                errors.add(new FieldError(ErrorCode.INVALID_LENGTH, target + ".displayName"));
            }
            people.add(new OnboardingRequest.Person(email, name));
        }
        return people;
    }

    private static LocalDate date(@Nullable String value, String target, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(ErrorCode.REQUIRED, target));
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(ErrorCode.INVALID_DATE, target));
            return null;
        }
    }

    /** A GUID in its 8-4-4-4-12 form, lower case; anything else is refused. */
    static Optional<String> guid(String value) {
        return Guids.parse(value.strip()).map(UUID::toString);
    }
}
