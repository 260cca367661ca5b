package fi.tarjotin.municipality;

import fi.tarjotin.access.Caller;
import fi.tarjotin.access.MunicipalitySignInChanged;
import fi.tarjotin.access.Scope;
import fi.tarjotin.access.ScopeService;
import fi.tarjotin.audit.AuditLog;
import fi.tarjotin.common.LocalisedText;
import fi.tarjotin.common.MunicipalityCode;
import fi.tarjotin.common.PlainText;
import fi.tarjotin.error.ConflictException;
import fi.tarjotin.error.ErrorCode;
import fi.tarjotin.error.FieldError;
import fi.tarjotin.error.ForbiddenException;
import fi.tarjotin.error.NotFoundException;
import fi.tarjotin.error.ValidationException;
import fi.tarjotin.transaction.RetryOnContention;
import fi.tarjotin.transaction.UniqueViolation;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Adding municipalities to the list (more join over time, also from outside the region) and setting the
 * Entra tenant their staff sign in from. Administrators only; every change is audited.
 */
@Singleton
public class MunicipalityAdministration {

    private static final Pattern REGION = Pattern.compile("^\\d{2}$");
    private static final int NAME_MAX = 100;

    private final MunicipalityRepository repository;
    private final Municipalities municipalities;
    private final ScopeService scopes;
    private final AuditLog audit;
    private final ApplicationEventPublisher<MunicipalitySignInChanged> signInChanges;
    private final Clock clock;

    MunicipalityAdministration(MunicipalityRepository repository, Municipalities municipalities, ScopeService scopes,
                               AuditLog audit, ApplicationEventPublisher<MunicipalitySignInChanged> signInChanges,
                               Clock clock) {
        this.repository = repository;
        this.municipalities = municipalities;
        this.scopes = scopes;
        this.audit = audit;
        this.signInChanges = signInChanges;
        this.clock = clock;
    }

    /** Stops everyone but a signed-in administrator (app-only tokens and coordinators get 403). */
    public void requireAdministrator(Caller caller) {
        Scope scope = scopes.of(caller);
        scope.requireWriter();
        if (!scope.isAdmin()) {
            throw new ForbiddenException();
        }
    }

    @RetryOnContention
    @Transactional
    MunicipalityView create(Caller caller, MunicipalityDraft draft) {
        requireAdministrator(caller);
        Municipality checked = check(draft);
        if (repository.existsById(checked.code())) {
            throw new ConflictException(ErrorCode.DUPLICATE_MUNICIPALITY, "code");
        }
        Municipality saved;
        try {
            saved = repository.save(checked);
        } catch (DataAccessException failed) {
            // Only a unique key that someone else filled meanwhile is a duplicate; an outage is not.
            if (!UniqueViolation.isCause(failed)) {
                throw failed;
            }
            throw new ConflictException(ErrorCode.DUPLICATE_MUNICIPALITY, "code");
        }
        audit.record(CoordinatorService.AUDIT_TYPE, saved.code(), "CREATED", saved.version(), caller,
                List.of("code", "name", "regionCode", "population"));
        municipalities.refresh();
        return MunicipalityView.of(saved);
    }

    /** The municipality as it is now. */
    MunicipalityView get(String code) {
        return MunicipalityView.of(repository.findById(PlainText.line(code).strip()).orElseThrow(NotFoundException::new));
    }

    /** A stable GUID for a municipality's code, where a GUID must stand for it (an idempotency key's record). */
    static UUID keyOf(String code) {
        return UUID.nameUUIDFromBytes(("municipality:" + code).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Deactivates a municipality (or activates it again): while inactive its own Entra tenant may not sign in,
     * from the moment this commits on this instance, and within the allow list's cache time on others.
     */
    @RetryOnContention
    @Transactional
    MunicipalityView setActive(Caller caller, String code, boolean active) {
        requireAdministrator(caller);
        Municipality current = repository.findById(code).orElseThrow(NotFoundException::new);
        if (current.active() == active) {
            return MunicipalityView.of(current);
        }
        Municipality saved = repository.update(new Municipality(current.code(), current.nameFi(), current.nameSv(),
                current.nameEn(), current.regionCode(), current.regionNameFi(), current.population(), active,
                current.entraTenantId(), current.version(), current.createdAt(), now()));
        audit.record(CoordinatorService.AUDIT_TYPE, code, active ? "ACTIVATED" : "DEACTIVATED", saved.version(),
                caller, List.of("active"));
        municipalities.refresh();
        signInChanges.publishEvent(new MunicipalitySignInChanged(code));
        return MunicipalityView.of(saved);
    }

    /**
     * Sets (or keeps) the Entra tenant the municipality's staff sign in from, in the caller's transaction;
     * true where it changed. This instance's sign-in allow list follows once the transaction commits.
     */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public boolean setEntraTenant(Caller caller, String code, @Nullable UUID tenantId) {
        Municipality current = repository.findById(code).orElseThrow(NotFoundException::new);
        if (tenantId == null || Objects.equals(current.entraTenantId(), tenantId)) {
            return false;
        }
        Municipality saved = repository.update(new Municipality(current.code(), current.nameFi(), current.nameSv(),
                current.nameEn(), current.regionCode(), current.regionNameFi(), current.population(), current.active(),
                tenantId, current.version(), current.createdAt(), now()));
        audit.record(CoordinatorService.AUDIT_TYPE, code, "UPDATED", saved.version(), caller, List.of("entraTenantId"));
        municipalities.refresh();
        signInChanges.publishEvent(new MunicipalitySignInChanged(code));
        return true;
    }

    private Municipality check(MunicipalityDraft d) {
        List<FieldError> errors = new ArrayList<>();
        String code = strip(d.code());
        if (code == null || code.isEmpty()) {
            errors.add(new FieldError(ErrorCode.REQUIRED, "code"));
        } else if (!MunicipalityCode.isValid(code)) {
            errors.add(new FieldError(ErrorCode.INVALID_MUNICIPALITY_CODE, "code"));
        }
        LocalisedText name = d.name() == null ? LocalisedText.of(null, null, null)
                : LocalisedText.of(strip(d.name().fi()), strip(d.name().sv()), strip(d.name().en()));
        if (name.fi() == null) {
            errors.add(new FieldError(ErrorCode.REQUIRED, "name.fi"));
        }
        for (String[] part : new String[][]{{name.fi(), "name.fi"}, {name.sv(), "name.sv"}, {name.en(), "name.en"}}) {
            if (part[0] != null && part[0].length() > NAME_MAX) {
                errors.add(new FieldError(ErrorCode.INVALID_LENGTH, part[1]));
            }
        }
        String region = strip(d.regionCode());
        if (region == null) {
            errors.add(new FieldError(ErrorCode.REQUIRED, "regionCode"));
        } else if (!REGION.matcher(region).matches()) {
            errors.add(new FieldError(ErrorCode.INVALID_VALUE, "regionCode"));
        }
        String regionName = strip(d.regionName());
        if (regionName != null && regionName.length() > NAME_MAX) {
            errors.add(new FieldError(ErrorCode.INVALID_LENGTH, "regionName"));
        }
        if (d.population() == null) {
            errors.add(new FieldError(ErrorCode.REQUIRED, "population"));
        } else if (d.population() < 0) {
            errors.add(new FieldError(ErrorCode.OUT_OF_RANGE, "population"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        Instant now = now();
        return new Municipality(code, name.fi(), name.sv(), name.en(), region, regionName, d.population(), true,
                null, 0L, now, now);
    }

    private static String strip(String value) {
        String text = PlainText.line(value);
        return text == null || text.isBlank() ? null : text.strip();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
