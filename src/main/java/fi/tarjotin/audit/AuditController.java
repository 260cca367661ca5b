package fi.tarjotin.audit;

import fi.tarjotin.access.Caller;
import fi.tarjotin.access.ScopeService;
import fi.tarjotin.common.Cursor;
import fi.tarjotin.common.Page;
import fi.tarjotin.common.PublicLinks;
import fi.tarjotin.error.BadRequestException;
import fi.tarjotin.error.ErrorCode;
import fi.tarjotin.error.ForbiddenException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;

/** The audit log for administrators: every change, filtered by record and time, newest first. */
@Controller("/api/v1/admin/audit")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class AuditController {

    private final AuditQuery query;
    private final ScopeService scopes;
    private final PublicLinks links;

    AuditController(AuditQuery query, ScopeService scopes, PublicLinks links) {
        this.query = query;
        this.scopes = scopes;
        this.links = links;
    }

    @Get
    Page<AuditRecord> list(Caller caller, HttpRequest<?> request, @Nullable @QueryValue String entityType,
                           @Nullable @QueryValue String entityId, @Nullable @QueryValue String from,
                           @Nullable @QueryValue String to, @Nullable @QueryValue Integer top,
                           @Nullable @QueryValue String cursor) {
        if (!scopes.of(caller).isAdmin()) {
            throw new ForbiddenException();
        }
        int size = top == null ? 50 : top;
        if (size < 1 || size > 500) {
            throw new BadRequestException(ErrorCode.OUT_OF_RANGE, "top");
        }
        Long before = null;
        if (cursor != null) {
            try {
                before = Long.parseLong(Cursor.decode(cursor, 1).values().get(0));
            } catch (NumberFormatException tampered) {
                throw new BadRequestException(ErrorCode.INVALID_CURSOR, "cursor");
            }
        }
        AuditQuery.Slice slice = query.search(blank(entityType), blank(entityId), instant(from, "from"),
                instant(to, "to"), before, size);
        String next = slice.next() == null ? null : links.withQuery(request, Map.of("cursor", slice.next().encode()));
        return new Page<>(slice.items(), next, null);
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static Instant instant(String value, String target) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new BadRequestException(ErrorCode.INVALID_DATE, target);
        }
    }
}
