package fi.tarjotin.privacy;

import fi.tarjotin.access.Caller;
import fi.tarjotin.access.ScopeService;
import fi.tarjotin.audit.AuditLog;
import fi.tarjotin.common.Formats;
import fi.tarjotin.common.Guids;
import fi.tarjotin.error.ErrorCode;
import fi.tarjotin.error.FieldError;
import fi.tarjotin.error.ForbiddenException;
import fi.tarjotin.error.ValidationException;
import fi.tarjotin.privacy.PersonMatch.Identity;
import fi.tarjotin.transaction.RetryOnContention;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Export and erasure of one person's data (GDPR Art. 15 and 17), for admins, by e-mail address and/or
 * Entra identity. The audit row names the person by a hash of the address (or of the identity), never
 * the address itself.
 */
@Singleton
class PersonalDataService {

    static final String AUDIT_TYPE = "PERSON";

    private final TransactionOperations<Connection> transactions;
    private final AuditLog audit;
    private final ScopeService scopes;
    private final PersonalDataHolders holders;

    PersonalDataService(TransactionOperations<Connection> transactions, AuditLog audit, ScopeService scopes,
                        PersonalDataHolders holders) {
        this.transactions = transactions;
        this.audit = audit;
        this.scopes = scopes;
        this.holders = holders;
    }

    /** Whose data, as the request named them, checked. */
    record Subject(@Nullable String email, @Nullable Identity identity) {

        /** A stable, non-reversible name for the person in the audit log. */
        String auditKey() {
            return personKey(email != null ? email : identity.tenantId() + "/" + identity.oid());
        }
    }

    @RetryOnContention
    PersonalData export(Caller caller, PersonalDataController.PersonRequest request) {
        Subject subject = check(caller, request);
        return transactions.executeWrite(status -> {
            PersonalData data = holders.export(subject.email(), holders.resolve(subject.email(), subject.identity()));
            audit.record(AUDIT_TYPE, subject.auditKey(), "PERSONAL_DATA_EXPORTED", null, caller, List.of());
            return data;
        });
    }

    @RetryOnContention
    PersonalData.Erasure erase(Caller caller, PersonalDataController.PersonRequest request) {
        Subject subject = check(caller, request);
        return transactions.executeWrite(status -> {
            PersonalData.Erasure erased = holders.erase(holders.resolve(subject.email(), subject.identity()), caller);
            audit.record(AUDIT_TYPE, subject.auditKey(), "PERSONAL_DATA_ERASED", null, caller, List.of());
            return erased;
        });
    }

    private Subject check(Caller caller, PersonalDataController.PersonRequest request) {
        if (caller.appOnly() || !scopes.of(caller).isAdmin()) {
            throw new ForbiddenException();
        }
        List<FieldError> errors = new ArrayList<>();
        String email = blankToNull(request.email());
        if (email != null) {
            email = email.toLowerCase(Locale.ROOT);
            if (!Formats.isEmail(email) || email.length() > 254) {
                errors.add(new FieldError(ErrorCode.INVALID_EMAIL, "email"));
            }
        }
        String tenant = blankToNull(request.tenantId());
        String object = blankToNull(request.objectId());
        UUID tenantId = guid(tenant, object, "tenantId", errors);
        UUID objectId = guid(object, tenant, "objectId", errors);
        if (email == null && tenant == null && object == null) {
            errors.add(new FieldError(ErrorCode.REQUIRED, "email"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new Subject(email, tenantId == null ? null : new Identity(tenantId, objectId));
    }

    /** One half of an identity: required where the other half is given, and a GUID. */
    private static UUID guid(@Nullable String value, @Nullable String other, String target, List<FieldError> errors) {
        if (value == null) {
            if (other != null) {
                errors.add(new FieldError(ErrorCode.REQUIRED, target));
            }
            return null;
        }
        return Guids.field(value, target, errors);
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** A stable, non-reversible name for the person in the audit log. */
    static String personKey(String value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
