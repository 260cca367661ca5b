package fi.tarjotin.opportunity;

import fi.tarjotin.access.Scope;
import fi.tarjotin.common.Cursor;
import fi.tarjotin.common.Guids;
import fi.tarjotin.common.LocalisedText;
import fi.tarjotin.common.SearchText;
import fi.tarjotin.common.SqlParameters;
import fi.tarjotin.error.BadRequestException;
import fi.tarjotin.error.ErrorCode;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Search over listings in one round trip per page: the codes a result shows are copied on the listing row.
 * With one municipality the query is driven by {@code opportunity_municipality}, whose copied status,
 * type and updated_at let the index {@code ix_oppmun_search[_type]} deliver rows already in page order;
 * otherwise by the {@code opportunity} indexes on (status, [type,] sort key, id). Paging is a keyset on
 * (sort key, id), never an OFFSET.
 */
@Singleton
class OpportunitySearch {

    /** One page of results and, if asked, the total. */
    record Result(List<OpportunitySummary> items, Cursor next, Long count) {
    }

    private final JdbcOperations jdbc;

    OpportunitySearch(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    Result search(SearchCriteria c, Scope scope) {
        Query page = pageQuery(c, scope);
        List<Row> rows = jdbc.execute(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(page.sql.toString())) {
                bind(statement, page.args);
                try (ResultSet rs = statement.executeQuery()) {
                    List<Row> found = new ArrayList<>();
                    while (rs.next()) {
                        found.add(Row.of(rs));
                    }
                    return found;
                }
            }
        });
        Cursor next = null;
        if (rows.size() > c.top()) {
            rows = rows.subList(0, c.top());
            Row last = rows.get(rows.size() - 1);
            String position = c.sort().column.equals("title_sort") ? last.titleSort : last.updatedAt.toString();
            next = new Cursor(List.of(c.sort().parameter, position, last.id.toString()));
        }
        List<OpportunitySummary> items = rows.stream().map(Row::toSummary).toList();
        return new Result(items, next, c.count() ? count(where(c, scope)) : null);
    }

    /** The SQL of one page, with its arguments; package-visible so that its query plan can be checked. */
    Query pageQuery(SearchCriteria c, Scope scope) {
        Query where = where(c, scope);
        boolean byMunicipality = c.municipalities().size() == 1;
        String key = sortKey(c, byMunicipality);
        String id = byMunicipality ? "m.opportunity_id" : "o.id";
        String direction = c.sort().descending ? "DESC" : "ASC";

        Query page = new Query();
        page.sql.append("SELECT TOP (?) o.id, o.version, o.status, o.type, o.title_fi, o.title_sv, o.title_en, ")
                .append("o.summary_fi, o.summary_sv, o.summary_en, o.organisation_id, g.name, o.plain_language, ")
                .append("o.delivery_mode, o.post_office, o.valid_from, o.valid_to, o.application_deadline, ")
                .append("o.capacity_total, o.capacity_available, o.updated_at, o.published_at, o.title_sort, ")
                .append("o.municipality_list, o.target_group_list, o.language_list ");
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

    /** FROM and WHERE shared by the page and the count. */
    private static Query where(SearchCriteria c, Scope scope) {
        Query q = new Query();
        boolean byMunicipality = c.municipalities().size() == 1;
        if (byMunicipality) {
            q.sql.append("FROM opportunity_municipality m JOIN opportunity o ON o.id = m.opportunity_id")
                    .append(" JOIN organisation g ON g.id = o.organisation_id")
                    .append(" WHERE m.municipality_code = ").append(SqlParameters.VARCHAR);
            q.args.add(c.municipalities().get(0));
            q.in("m.status", c.statuses().stream().map(Enum::name).toList());
            q.in("m.type", c.types());
        } else {
            q.sql.append("FROM opportunity o JOIN organisation g ON g.id = o.organisation_id WHERE 1 = 1");
            q.in("o.status", c.statuses().stream().map(Enum::name).toList());
            q.in("o.type", c.types());
            if (!c.municipalities().isEmpty()) {
                q.sql.append(" AND EXISTS (SELECT 1 FROM opportunity_municipality x WHERE x.opportunity_id = o.id");
                q.in("x.municipality_code", c.municipalities());
                q.sql.append(')');
            }
        }
        visibility(q, scope);
        exists(q, "opportunity_target_group", "code", c.targetGroups());
        exists(q, "opportunity_language", "code", c.languages());
        q.in("o.delivery_mode", c.deliveryModes());
        if (c.organisation() != null) {
            // As an IN list the organisation's few listings are looked up first, whatever else is filtered.
            q.sql.append(" AND o.id IN (SELECT x.id FROM opportunity x WHERE x.organisation_id = " + SqlParameters.UUID + " UNION ALL ")
                    .append("SELECT p.opportunity_id FROM opportunity_partner p WHERE p.organisation_id = ")
                    .append(SqlParameters.UUID).append(')');
            q.args.add(c.organisation().toString());
            q.args.add(c.organisation().toString());
        }
        for (String term : c.terms()) {
            q.sql.append(" AND o.search_text LIKE ? ESCAPE '\\'");
            q.args.add(SearchText.likeContains(term));
        }
        if (c.availableOnly()) {
            q.sql.append(" AND (o.capacity_available IS NULL OR o.capacity_available > 0)")
                    .append(" AND (o.application_deadline IS NULL OR o.application_deadline >= ?)");
            q.args.add(Date.valueOf(LocalDate.now()));
        }
        if (c.validOn() != null) {
            q.sql.append(" AND (o.valid_from IS NULL OR o.valid_from <= ?) AND (o.valid_to IS NULL OR o.valid_to >= ?)");
            q.args.add(Date.valueOf(c.validOn()));
            q.args.add(Date.valueOf(c.validOn()));
        }
        if (c.updatedSince() != null) {
            q.sql.append(" AND o.updated_at >= ?");
            q.args.add(Timestamp.from(c.updatedSince()));
        }
        return q;
    }

    /** Published listings for everyone; other statuses only within the caller's scope. */
    private static void visibility(Query q, Scope scope) {
        if (scope.isAdmin()) {
            return;
        }
        q.sql.append(" AND (o.status = 'PUBLISHED'");
        if (!scope.organisationIds().isEmpty()) {
            q.sql.append(" OR o.organisation_id IN (").append(SqlParameters.uuids(scope.organisationIds().size()))
                    .append(')');
            scope.organisationIds().forEach(id -> q.args.add(id.toString()));
        }
        if (!scope.municipalityCodes().isEmpty()) {
            q.sql.append(" OR EXISTS (SELECT 1 FROM opportunity_municipality s WHERE s.opportunity_id = o.id");
            q.in("s.municipality_code", List.copyOf(scope.municipalityCodes()));
            q.sql.append(')');
        }
        q.sql.append(')');
    }

    private static void exists(Query q, String table, String column, List<String> codes) {
        if (codes.isEmpty()) {
            return;
        }
        q.sql.append(" AND EXISTS (SELECT 1 FROM ").append(table).append(" t WHERE t.opportunity_id = o.id");
        q.in("t." + column, codes);
        q.sql.append(')');
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

    /** SQL text with its positional arguments. */
    static final class Query {
        final StringBuilder sql = new StringBuilder();
        final List<Object> args = new ArrayList<>();

        void append(Query other) {
            sql.append(other.sql);
            args.addAll(other.args);
        }

        /** {@code AND column IN (...)} on a {@code VARCHAR} code column; nothing for no values. */
        void in(String column, Collection<String> values) {
            if (values.isEmpty()) {
                return;
            }
            sql.append(" AND ").append(column).append(" IN (").append(SqlParameters.varchars(values.size())).append(')');
            args.addAll(values);
        }
    }

    /** The columns of one result row. */
    private record Row(UUID id, long version, OpportunityStatus status, String type, LocalisedText title,
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
