package fi.tarjotin.audit;

import fi.tarjotin.access.Caller;
import fi.tarjotin.access.ScopeService;
import fi.tarjotin.common.Cursor;
import fi.tarjotin.common.Dates;
import fi.tarjotin.common.Page;
import fi.tarjotin.common.PageSize;
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

import java.util.Map;

/** The audit log for administrators: every change, filtered by record and time, newest first. */
@Controller("/api/v1/admin/audit")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class AuditController {

    private static final int DEFAULT_TOP = 50;
    private static final int MAX_TOP = 500;
    // The limits the API definition declares for the filters.
    private static final int ENTITY_TYPE_LENGTH = 40;
    private static final int ENTITY_ID_LENGTH = 100;

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
        int size = PageSize.of(top, DEFAULT_TOP, MAX_TOP).value();
        String type = limited(entityType, "entityType", ENTITY_TYPE_LENGTH);
        String id = limited(entityId, "entityId", ENTITY_ID_LENGTH);
        Long before = null;
        if (cursor != null) {
            try {
                before = Long.parseLong(Cursor.decode(cursor, 1).values().get(0));
            } catch (NumberFormatException tampered) {
                throw new BadRequestException(ErrorCode.INVALID_CURSOR, "cursor");
            }
        }
        AuditQuery.Slice slice = query.search(type, id, Dates.instantParameter(from, "from"),
                Dates.instantParameter(to, "to"), before, size);
        String next = slice.next() == null ? null : links.withQuery(request, Map.of("cursor", slice.next().encode()));
        return new Page<>(slice.items(), next, null);
    }

    /** A filter text, stripped; null where blank, 400 {@code INVALID_LENGTH} at {@code name} where longer than the column. */
    private static String limited(String value, String name, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.strip().length() > max) {
            throw new BadRequestException(ErrorCode.INVALID_LENGTH, name);
        }
        return value.strip();
    }
}
