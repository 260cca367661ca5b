package fi.tarjotin.organisation;

import fi.tarjotin.common.Cursor;
import fi.tarjotin.common.MunicipalityCode;
import fi.tarjotin.common.PageSize;
import fi.tarjotin.common.QueryFlag;
import fi.tarjotin.error.BadRequestException;
import fi.tarjotin.error.ErrorCode;
import io.micronaut.core.annotation.Nullable;

import java.util.UUID;

/** The filters and paging of an organisation search, checked as they arrive from the query string. */
record OrganisationCriteria(@Nullable String municipality, @Nullable OrganisationKind kind, @Nullable String q,
                            int top, @Nullable Cursor after, boolean count) {

    static final int DEFAULT_TOP = 50;
    static final int MAX_TOP = 500;
    private static final int MAX_QUERY_LENGTH = 200;

    static OrganisationCriteria of(@Nullable String municipality, @Nullable String kind, @Nullable String q,
                                   @Nullable Integer top, @Nullable String cursor, @Nullable String count) {
        MunicipalityCode code = MunicipalityCode.parameter(municipality, "municipality");
        OrganisationKind parsedKind = kind == null ? null
                : OrganisationKind.parse(kind).orElseThrow(() -> new BadRequestException(ErrorCode.UNKNOWN_CODE, "kind"));
        int pageSize = PageSize.of(top, DEFAULT_TOP, MAX_TOP).value();
        if (q != null && q.length() > MAX_QUERY_LENGTH) {
            throw new BadRequestException(ErrorCode.INVALID_LENGTH, "q");
        }
        return new OrganisationCriteria(code == null ? null : code.value(), parsedKind, q == null || q.isBlank() ? null : q,
                pageSize, cursor == null ? null : decode(cursor),
                QueryFlag.of(count, "count"));
    }

    /** A cursor holds the last normalised name and id of the previous page. */
    private static Cursor decode(String token) {
        Cursor cursor = Cursor.decode(token, 2);
        try {
            UUID.fromString(cursor.values().get(1));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(ErrorCode.INVALID_CURSOR, "cursor");
        }
        return cursor;
    }
}
