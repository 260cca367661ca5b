package fi.tarjotin.report;

import fi.tarjotin.common.SqlParameters;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** The counting queries of the summary report; a municipality narrows every one of them. */
@Singleton
class SummaryQueries {

    private static final String IN_MUNICIPALITY = " AND EXISTS (SELECT 1 FROM opportunity_municipality om "
            + "WHERE om.opportunity_id = o.id AND om.municipality_code = " + SqlParameters.VARCHAR + ")";

    private final JdbcOperations jdbc;

    SummaryQueries(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    Summary summary(@Nullable String municipality, LocalDate from, LocalDate to) {
        Timestamp start = Timestamp.from(from.atStartOfDay().toInstant(ZoneOffset.UTC));
        Timestamp end = Timestamp.from(to.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC));
        String filter = municipality == null ? "" : IN_MUNICIPALITY;
        List<Summary.Count> byStatus = counts("SELECT o.status, COUNT(*) FROM opportunity o WHERE o.created_at < ?"
                + filter + " GROUP BY o.status ORDER BY o.status", municipality, end);
        List<Summary.Count> byType = counts("SELECT o.type, COUNT(*) FROM opportunity o WHERE o.created_at < ?"
                + filter + " GROUP BY o.type ORDER BY o.type", municipality, end);
        List<Summary.Count> byTargetGroup = counts("SELECT t.code, COUNT(*) FROM opportunity o "
                + "JOIN opportunity_target_group t ON t.opportunity_id = o.id WHERE o.created_at < ?"
                + filter + " GROUP BY t.code ORDER BY t.code", municipality, end);
        long published = number("SELECT COUNT(*) FROM opportunity o WHERE o.published_at >= ? AND o.published_at < ?"
                + filter, municipality, start, end);
        // Closing leaves no column behind (a listing may be reopened): the audit log says when it happened.
        long closed = number("SELECT COUNT(DISTINCT a.entity_id) FROM audit_event a JOIN opportunity o "
                + "ON a.entity_id = LOWER(CAST(o.id AS VARCHAR(36))) WHERE a.entity_type = 'OPPORTUNITY' AND a.action = 'CLOSED' "
                + "AND a.occurred_at >= ? AND a.occurred_at < ?" + filter, municipality, start, end);
        long capacity = number("SELECT COALESCE(SUM(o.capacity_total), 0) FROM opportunity o "
                + "WHERE o.status IN ('PUBLISHED', 'CLOSED', 'ARCHIVED') AND o.published_at < ? "
                + "AND (o.valid_from IS NULL OR o.valid_from <= ?) AND (o.valid_to IS NULL OR o.valid_to >= ?)"
                + filter, municipality, end, java.sql.Date.valueOf(to), java.sql.Date.valueOf(from));
        return new Summary(municipality, from, to, byStatus, byType, byTargetGroup, published, closed, capacity);
    }

    private List<Summary.Count> counts(String sql, @Nullable String municipality, Object... parameters) {
        return jdbc.execute(c -> {
            List<Summary.Count> found = new ArrayList<>();
            try (var s = c.prepareStatement(sql)) {
                bind(s, municipality, parameters);
                try (var r = s.executeQuery()) {
                    while (r.next()) {
                        found.add(new Summary.Count(r.getString(1), r.getLong(2)));
                    }
                }
            }
            return found;
        });
    }

    private long number(String sql, @Nullable String municipality, Object... parameters) {
        return jdbc.execute(c -> {
            try (var s = c.prepareStatement(sql)) {
                bind(s, municipality, parameters);
                try (var r = s.executeQuery()) {
                    r.next();
                    return r.getLong(1);
                }
            }
        });
    }

    private static void bind(java.sql.PreparedStatement s, @Nullable String municipality, Object... parameters)
            throws java.sql.SQLException {
        int i = 1;
        for (Object p : parameters) {
            s.setObject(i++, p);
        }
        if (municipality != null) {
            s.setString(i, municipality);
        }
    }
}
