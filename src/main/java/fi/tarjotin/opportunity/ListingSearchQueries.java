package fi.tarjotin.opportunity;

import fi.tarjotin.access.Scope;
import fi.tarjotin.common.Cursor;
import fi.tarjotin.common.Guids;
import fi.tarjotin.common.LocalisedText;
import fi.tarjotin.common.SqlParameters;
import fi.tarjotin.error.BadRequestException;
import fi.tarjotin.error.ErrorCode;
import fi.tarjotin.opportunity.OpportunitySearch.Query;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The database search over listings: words as normalised substrings of the listing's text (the fallback while
 * the search index is not ready, and for text the index has no words for), and the explicit sort orders, in one
 * round trip per page: the codes a result shows are copied on the listing row.
 * With one municipality the query is driven by {@code opportunity_municipality}, whose copied status,
 * type and updated_at let the index {@code ix_oppmun_search[_type]} deliver rows already in page order;
 * otherwise by the {@code opportunity} indexes on (status, [type,] sort key, id). Paging is a keyset on
 * (sort key, id), never an OFFSET.
 */
@Singleton
class ListingSearchQueries {

    private static final String COLUMNS = "o.id, o.version, o.status, o.type, o.title_fi, o.title_sv, o.title_en, "
            + "o.summary_fi, o.summary_sv, o.summary_en, o.organisation_id, g.name, o.plain_language, "
            + "o.delivery_mode, o.post_office, o.valid_from, o.valid_to, o.application_deadline, "
            + "o.capacity_total, o.capacity_available, o.updated_at, o.published_at, o.title_sort, "
            + "o.municipality_list, o.target_group_list, o.language_list ";

    private final JdbcOperations jdbc;

    private final Clock clock;

    ListingSearchQueries(JdbcOperations jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    OpportunitySearch.Result search(SearchCriteria c, Scope scope) {
        return search(c, scope, null);
    }

    /** A page; with {@code ids}, of these listings only, instead of matching the words in SQL. */
    OpportunitySearch.Result search(SearchCriteria c, Scope scope, List<UUID> ids) {
        return page(c, rows(c, scope, ids), c.count() ? count(ListingFilterQuery.where(c, scope, ids, LocalDate.now(clock))) : null);
    }

    /** The rows of one page and the first of the next, if any, in the page's order. */
    List<Row> rows(SearchCriteria c, Scope scope, List<UUID> ids) {
        return rows(pageQuery(c, scope, ids));
    }

    /** The page these rows (in order, one more than a page if more follow) make, with its cursor. */
    OpportunitySearch.Result page(SearchCriteria c, List<Row> rows, Long count) {
        Cursor next = null;
        if (rows.size() > c.top()) {
            rows = rows.subList(0, c.top());
            Row last = rows.get(rows.size() - 1);
            String position = c.sort().column.equals("title_sort") ? last.titleSort() : last.updatedAt().toString();
            next = new Cursor(List.of(c.sort().parameter, position, last.id().toString()));
        }
        List<OpportunitySummary> items = rows.stream().map(Row::toSummary).toList();
        return new OpportunitySearch.Result(items, next, count);
    }

    /** These listings, as far as the caller may see them, in no particular order. */
    List<Row> byIds(List<UUID> ids, Scope scope) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Query q = new Query();
        q.sql.append("SELECT ").append(COLUMNS).append("FROM opportunity o JOIN organisation g ON g.id = o.organisation_id WHERE o.id IN (")
                .append(SqlParameters.uuids(ids.size())).append(')');
        ids.forEach(id -> q.args.add(id.toString()));
        ListingFilterQuery.visibility(q, scope);
        return rows(q);
    }

    private List<Row> rows(Query query) {
        return jdbc.execute(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(query.sql.toString())) {
                bind(statement, query.args);
                try (ResultSet rs = statement.executeQuery()) {
                    List<Row> found = new ArrayList<>();
                    while (rs.next()) {
                        found.add(Row.of(rs));
                    }
                    return found;
                }
            }
        });
    }

    /** The SQL of one page, with its arguments; package-visible so that its query plan can be checked. */
    Query pageQuery(SearchCriteria c, Scope scope, List<UUID> ids) {
        Query where = ListingFilterQuery.where(c, scope, ids, LocalDate.now(clock));
        boolean byMunicipality = c.municipalities().size() == 1;
        String key = sortKey(c, byMunicipality);
        String id = byMunicipality ? "m.opportunity_id" : "o.id";
        String direction = c.sort().descending ? "DESC" : "ASC";

        Query page = new Query();
        page.sql.append("SELECT TOP (?) ").append(COLUMNS);
        page.args.add(c.top() + 1);
        page.append(where);
        if (c.cursor() != null) {
            String op = c.sort().descending ? "<" : ">";
            // The first bound repeats what the OR implies: on its own it lets the index start the scan at the
            // cursor, so a deep page costs what the first one does.
            page.sql.append(" AND ").append(key).append(' ').append(op).append("= ? AND (").append(key).append(' ')
                    .append(op).append(" ? OR (").append(key).append(" = ? AND ").append(id).append(' ').append(op)
                    .append(" ?))");
            Object position = cursorValue(c);
            page.args.add(position);
            page.args.add(position);
            page.args.add(position);
            page.args.add(cursorId(c.cursor()));
        }
        page.sql.append(" ORDER BY ").append(indexPrefix(c, byMunicipality)).append(key).append(' ').append(direction)
                .append(", ").append(id).append(' ').append(direction);
        return page;
    }

    private long count(Query where) {
        Query count = new Query();
        count.sql.append("SELECT COUNT(*) ");
        count.append(where);
        return jdbc.execute(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(count.sql.toString())) {
                bind(statement, count.args);
                try (ResultSet rs = statement.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    /**
     * The filter's single-valued leading index columns, repeated at the head of ORDER BY. They change
     * nothing in the order (each has one value), but H2 reads a page straight off an index only when the
     * ORDER BY starts with the index's own columns; otherwise it sorts every match first.
     */
    private static String indexPrefix(SearchCriteria c, boolean byMunicipality) {
        if (c.organisation() != null || c.statuses().size() != 1) {
            return "";
        }
        boolean oneType = c.types().size() == 1;
        return switch (c.sort()) {
            case NEWEST -> byMunicipality
                    ? "m.municipality_code, m.status, " + (oneType ? "m.type, " : "")
                    : "o.status, " + (oneType ? "o.type, " : "");
            case TITLE -> byMunicipality ? "" : "o.status, ";
            default -> "";
        };
    }

    private static String sortKey(SearchCriteria c, boolean byMunicipality) {
        if (c.sort().column.equals("updated_at")) {
            return byMunicipality ? "m.updated_at" : "o.updated_at";
        }
        return "o.title_sort";
    }

    private static Object cursorValue(SearchCriteria c) {
        String value = c.cursor().values().get(1);
        if (c.sort().column.equals("title_sort")) {
            return value;
        }
        try {
            return Timestamp.from(Instant.parse(value));
        } catch (DateTimeParseException e) {
            throw new BadRequestException(ErrorCode.INVALID_CURSOR, "cursor");
        }
    }

    private static String cursorId(Cursor cursor) {
        try {
            return UUID.fromString(cursor.values().get(2)).toString();
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(ErrorCode.INVALID_CURSOR, "cursor");
        }
    }

    private static void bind(PreparedStatement statement, List<Object> args) throws SQLException {
        for (int i = 0; i < args.size(); i++) {
            statement.setObject(i + 1, args.get(i));
        }
    }

    /** The columns of one search result row, as the page query selects them. */
    record Row(UUID id, long version, OpportunityStatus status, String type, LocalisedText title,
                       LocalisedText summary, UUID organisationId, String organisationName, boolean plainLanguage,
                       String deliveryMode, String postOffice, LocalDate validFrom, LocalDate validTo,
                       LocalDate deadline, Integer capacityTotal, Integer capacityAvailable, Instant updatedAt,
                       Instant publishedAt, String titleSort, List<String> municipalityCodes,
                       List<String> targetGroups, List<String> languages) {

    static Row of(ResultSet rs) throws SQLException {
            LocalisedText summary = LocalisedText.of(rs.getString(8), rs.getString(9), rs.getString(10));
            return new Row(Guids.get(rs, 1), rs.getLong(2), OpportunityStatus.valueOf(rs.getString(3)),
                    rs.getString(4), LocalisedText.of(rs.getString(5), rs.getString(6), rs.getString(7)),
                    summary.isEmpty() ? null : summary, Guids.get(rs, 11), rs.getString(12),
                    rs.getBoolean(13), rs.getString(14), rs.getString(15), localDate(rs.getDate(16)),
                    localDate(rs.getDate(17)), localDate(rs.getDate(18)), integer(rs, 19), integer(rs, 20),
                    rs.getTimestamp(21).toInstant(), rs.getTimestamp(22) == null ? null : rs.getTimestamp(22).toInstant(),
                    rs.getString(23), CodeCopy.split(rs.getString(24)), CodeCopy.split(rs.getString(25)),
                    CodeCopy.split(rs.getString(26)));
        }

        OpportunitySummary toSummary() {
            return new OpportunitySummary(id, version, status, type, title, summary, organisationId, organisationName,
                    municipalityCodes, targetGroups, languages, plainLanguage, deliveryMode, postOffice,
                    validFrom, validTo, deadline, capacityTotal, capacityAvailable, updatedAt, publishedAt);
        }

        private static LocalDate localDate(Date date) {
            return date == null ? null : date.toLocalDate();
        }

        private static Integer integer(ResultSet rs, int column) throws SQLException {
            int value = rs.getInt(column);
            return rs.wasNull() ? null : value;
        }
    }
}
