package fi.tarjotin.subscription;

import fi.tarjotin.access.Caller;
import fi.tarjotin.access.Role;
import fi.tarjotin.codes.CodeList;
import fi.tarjotin.codes.CodeLists;
import fi.tarjotin.common.Cursor;
import fi.tarjotin.error.BadRequestException;
import fi.tarjotin.error.ConflictException;
import fi.tarjotin.error.ErrorCode;
import fi.tarjotin.error.FieldError;
import fi.tarjotin.error.ForbiddenException;
import fi.tarjotin.error.NotFoundException;
import fi.tarjotin.error.ValidationException;
import fi.tarjotin.municipality.Municipalities;
import fi.tarjotin.transaction.RetryOnContention;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

import java.net.URI;
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
 * Subscribing and unsubscribing Power Automate triggers. Anyone signed in as a person may subscribe
 * (notifications concern published listings only); each sees and deletes their own subscriptions,
 * admins see and delete all, disabled ones included.
 */
@Singleton
class SubscriptionService {

    static final int DEFAULT_TOP = 100;
    static final int MAX_TOP = 500;

    private final SubscriptionRepository repository;
    private final CallbackUrlPolicy callbacks;
    private final WebhookSettings settings;
    private final Municipalities municipalities;
    private final CodeLists codes;
    private final SubscriptionStore store;
    private final TransactionOperations<Connection> transactions;
    private final Clock clock;

    SubscriptionService(SubscriptionRepository repository, CallbackUrlPolicy callbacks, WebhookSettings settings,
                        Municipalities municipalities, CodeLists codes, SubscriptionStore store,
                        TransactionOperations<Connection> transactions, Clock clock) {
        this.repository = repository;
        this.callbacks = callbacks;
        this.settings = settings;
        this.municipalities = municipalities;
        this.codes = codes;
        this.store = store;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** A page of subscriptions and the position after it. */
    record Slice(List<SubscriptionView> items, @Nullable Cursor next) {
    }

    /**
     * Creates a subscription, or answers the existing one where the same person already subscribed the
     * same callback to the same event (Power Automate retries a subscribe call that timed out).
     */
    @RetryOnContention
    SubscriptionView subscribe(Caller caller, SubscriptionRequest request, @Nullable WebhookEvent fixedEvent) {
        if (!caller.delegated()) {
            throw new ForbiddenException(ErrorCode.APP_ONLY_READS);
        }
        SubscriptionRequest body = request == null ? new SubscriptionRequest(null, null, null, null) : request;
        List<FieldError> errors = new ArrayList<>();
        WebhookEvent event = fixedEvent != null ? fixedEvent : event(body.event(), errors);
        String municipality = blankToNull(body.municipality());
        if (municipality != null && !municipalities.exists(municipality)) {
            errors.add(new FieldError(ErrorCode.UNKNOWN_MUNICIPALITY, "municipality"));
        }
        String type = blankToNull(body.type());
        if (type != null && !codes.contains(CodeList.OPPORTUNITY_TYPES, type)) {
            errors.add(new FieldError(ErrorCode.UNKNOWN_CODE, "type"));
        }
        if (blankToNull(body.notificationUrl()) == null) {
            errors.add(new FieldError(ErrorCode.REQUIRED, CallbackUrlPolicy.FIELD));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        URI callback = callbacks.check(body.notificationUrl());
        return transactions.executeWrite(status -> {
            Optional<Subscription> same = repository.findByOwnerTenantIdAndOwnerOid(caller.tenantId(), caller.oid())
                    .stream().filter(s -> s.callbackUrl().equals(callback.toString()) && s.event().equals(event.name())
                            && s.status().equals(Subscription.ACTIVE)).findFirst();
            if (same.isPresent()) {
                return SubscriptionView.of(same.get());
            }
            if (repository.countByOwnerTenantIdAndOwnerOid(caller.tenantId(), caller.oid()) >= settings.getMaxPerOwner()) {
                throw new ConflictException(ErrorCode.TOO_MANY_SUBSCRIPTIONS);
            }
            Subscription saved = repository.save(new Subscription(UUID.randomUUID(), null, event.name(),
                    callback.toString(), callback.getHost().toLowerCase(Locale.ROOT), municipality, type,
                    caller.tenantId(), caller.oid(), caller.displayName().orElse(null), Subscription.ACTIVE, 0, null,
                    clock.instant().truncatedTo(ChronoUnit.MILLIS), null));
            return SubscriptionView.of(saved);
        });
    }

    SubscriptionView get(Caller caller, UUID id) {
        return SubscriptionView.of(visible(caller, id));
    }

    /** Deletes a subscription and its undelivered notifications; nothing is posted for it afterwards. */
    @RetryOnContention
    void unsubscribe(Caller caller, UUID id) {
        Subscription subscription = visible(caller, id);
        store.delete(subscription.id());
    }

    /** The caller's own subscriptions, or every one for an admin; newest first, keyset-paged. */
    Slice list(Caller caller, @Nullable String status, @Nullable Integer top, @Nullable String cursor) {
        if (status != null && !status.equals(Subscription.ACTIVE) && !status.equals(Subscription.DISABLED)) {
            throw new BadRequestException(ErrorCode.UNKNOWN_CODE, "status");
        }
        if (top != null && (top < 1 || top > MAX_TOP)) {
            throw new BadRequestException(ErrorCode.OUT_OF_RANGE, "top");
        }
        int limit = top == null ? DEFAULT_TOP : top;
        Instant afterCreated = Instant.parse("9999-12-31T00:00:00Z");
        String afterId = "";
        if (cursor != null) {
            Cursor position = Cursor.decode(cursor, 2);
            try {
                afterCreated = Instant.parse(position.values().get(0));
                afterId = UUID.fromString(position.values().get(1)).toString();
            } catch (RuntimeException e) {
                throw new BadRequestException(ErrorCode.INVALID_CURSOR, "cursor");
            }
        }
        boolean all = caller.has(Role.ADMIN);
        List<Subscription> rows = store.page(limit + 1, all ? null : caller.tenantId(), all ? null : caller.oid(),
                status, cursor == null ? null : afterCreated, afterId);
        Cursor next = null;
        if (rows.size() > limit) {
            rows = rows.subList(0, limit);
            Subscription last = rows.get(limit - 1);
            next = new Cursor(List.of(last.createdAt().toString(), last.id().toString()));
        }
        return new Slice(rows.stream().map(SubscriptionView::of).toList(), next);
    }

    private Subscription visible(Caller caller, UUID id) {
        Subscription s = repository.findById(id).orElseThrow(NotFoundException::new);
        boolean own = s.ownerOid().equals(caller.oid()) && s.ownerTenantId().equals(caller.tenantId());
        if (!own && !caller.has(Role.ADMIN)) {
            throw new NotFoundException();
        }
        return s;
    }

    private static WebhookEvent event(@Nullable String text, List<FieldError> errors) {
        if (blankToNull(text) == null) {
            errors.add(new FieldError(ErrorCode.REQUIRED, "event"));
            return null;
        }
        return WebhookEvent.parse(text.strip()).orElseGet(() -> {
            errors.add(new FieldError(ErrorCode.UNKNOWN_CODE, "event"));
            return null;
        });
    }

    private static String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
