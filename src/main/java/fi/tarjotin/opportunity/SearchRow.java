package fi.tarjotin.opportunity;

import fi.tarjotin.common.Guids;
import fi.tarjotin.common.LocalisedText;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The columns of one search result row, as the page query selects them. */
record SearchRow(UUID id, long version, OpportunityStatus status, String type, LocalisedText title,
                   LocalisedText summary, UUID organisationId, String organisationName, boolean plainLanguage,
                   String deliveryMode, String postOffice, LocalDate validFrom, LocalDate validTo,
                   LocalDate deadline, Integer capacityTotal, Integer capacityAvailable, Instant updatedAt,
                   Instant publishedAt, String titleSort, List<String> municipalityCodes,
                   List<String> targetGroups, List<String> languages) {

static SearchRow of(ResultSet rs) throws SQLException {
        LocalisedText summary = LocalisedText.of(rs.getString(8), rs.getString(9), rs.getString(10));
        return new SearchRow(Guids.get(rs, 1), rs.getLong(2), OpportunityStatus.valueOf(rs.getString(3)),
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
