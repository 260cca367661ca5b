package fi.tarjotin.opportunity;

import fi.tarjotin.common.Guids;
import fi.tarjotin.common.SqlParameters;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The store of the {@code opportunity_*} join tables, the many-valued parts of listings: written whole on
 * every change, read for a whole page of listings at once (one query per table, never one per listing).
 */
@Singleton
class OpportunityLinkStore {

    /** The join-table values of one listing. */
    record Links(List<String> municipalityCodes, List<String> targetGroups, List<String> languages,
                 List<UUID> partnerOrganisationIds) {
        static final Links NONE = new Links(List.of(), List.of(), List.of(), List.of());
    }

    private final JdbcOperations jdbc;

    OpportunityLinkStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Replaces every join row of a listing; the municipality rows copy status, type and updatedAt for search. */
    void write(Opportunity o, OpportunityContent content) {
        jdbc.execute(connection -> {
            delete(connection, o.id());
            insertMunicipalities(connection, o, content.municipalityCodes());
            insertCodes(connection, "opportunity_target_group", o.id(), content.targetGroups());
            insertCodes(connection, "opportunity_language", o.id(), content.languages());
            insertCodes(connection, "opportunity_partner", "organisation_id", o.id(),
                    content.partnerOrganisationIds().stream().map(UUID::toString).toList());
            try (var copies = connection.prepareStatement("UPDATE opportunity SET municipality_list = ?, "
                    + "target_group_list = ?, language_list = ? WHERE id = ?")) {
                copies.setString(1, CodeCopy.join(content.municipalityCodes()));
                copies.setString(2, CodeCopy.join(content.targetGroups()));
                copies.setString(3, CodeCopy.join(content.languages()));
                copies.setString(4, o.id().toString());
                copies.executeUpdate();
            }
            return null;
        });
    }

    /** Keeps the search copies in the municipality rows in step after a status change. */
    void touch(Opportunity o) {
        jdbc.execute(connection -> {
            try (var statement = connection.prepareStatement(
                    "UPDATE opportunity_municipality SET status = ?, type = ?, updated_at = ? WHERE opportunity_id = ?")) {
                statement.setString(1, o.status().name());
                statement.setString(2, o.type());
                statement.setTimestamp(3, Timestamp.from(o.updatedAt()));
                statement.setString(4, o.id().toString());
                statement.executeUpdate();
            }
            return null;
        });
    }

    void deleteAll(UUID id) {
        jdbc.execute(connection -> {
            delete(connection, id);
            return null;
        });
    }

    Links read(UUID id) {
        return readAll(List.of(id)).getOrDefault(id, Links.NONE);
    }

    /** The join-table values of many listings in one round trip. */
    Map<UUID, Links> readAll(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        String marks = SqlParameters.uuids(ids.size());
        // Codes come in the third column, partner organisations (GUIDs, read as UUIDs) in the fourth.
        String sql = "SELECT 1, opportunity_id, municipality_code, CAST(NULL AS UNIQUEIDENTIFIER) FROM "
                + "opportunity_municipality WHERE opportunity_id IN (" + marks + ") UNION ALL SELECT 2, opportunity_id, "
                + "code, NULL FROM opportunity_target_group WHERE opportunity_id IN (" + marks + ") UNION ALL SELECT 3, "
                + "opportunity_id, code, NULL FROM opportunity_language WHERE opportunity_id IN (" + marks + ") UNION ALL "
                + "SELECT 4, opportunity_id, NULL, organisation_id FROM opportunity_partner WHERE opportunity_id IN ("
                + marks + ") ORDER BY 1, 2, 3";
        return jdbc.execute(connection -> {
            Map<UUID, Parts> parts = new HashMap<>();
            try (var statement = connection.prepareStatement(sql)) {
                int i = 1;
                for (int table = 0; table < 4; table++) {
                    for (UUID id : ids) {
                        statement.setString(i++, id.toString());
                    }
                }
                try (var rows = statement.executeQuery()) {
                    while (rows.next()) {
                        Parts lists = parts.computeIfAbsent(Guids.get(rows, 2), k -> new Parts());
                        int table = rows.getInt(1);
                        if (table == 4) {
                            lists.partners.add(Guids.get(rows, 4));
                        } else {
                            lists.codes.get(table - 1).add(rows.getString(3));
                        }
                    }
                }
            }
            Map<UUID, Links> links = new HashMap<>();
            for (UUID id : ids) {
                Parts lists = parts.get(id);
                links.put(id, lists == null ? Links.NONE : new Links(List.copyOf(lists.codes.get(0)),
                        List.copyOf(lists.codes.get(1)), List.copyOf(lists.codes.get(2)),
                        // In the order of their text, as before: SQL Server orders GUIDs by other rules than H2.
                        lists.partners.stream().sorted(Comparator.comparing(UUID::toString)).toList()));
            }
            return links;
        });
    }

    private static void delete(Connection connection, UUID id) throws SQLException {
        for (String table : List.of("opportunity_municipality", "opportunity_target_group", "opportunity_language",
                "opportunity_partner")) {
            try (var statement = connection.prepareStatement("DELETE FROM " + table + " WHERE opportunity_id = ?")) {
                statement.setString(1, id.toString());
                statement.executeUpdate();
            }
        }
    }

    private static void insertMunicipalities(Connection connection, Opportunity o, List<String> codes)
            throws SQLException {
        try (var statement = connection.prepareStatement("INSERT INTO opportunity_municipality "
                + "(opportunity_id, municipality_code, status, type, updated_at) VALUES (?, ?, ?, ?, ?)")) {
            for (String code : codes) {
                statement.setString(1, o.id().toString());
                statement.setString(2, code);
                statement.setString(3, o.status().name());
                statement.setString(4, o.type());
                statement.setTimestamp(5, Timestamp.from(o.updatedAt()));
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    private static void insertCodes(Connection connection, String table, UUID id, List<String> codes)
            throws SQLException {
        insertCodes(connection, table, "code", id, codes);
    }

    private static void insertCodes(Connection connection, String table, String column, UUID id, List<String> values)
            throws SQLException {
        if (values.isEmpty()) {
            return;
        }
        try (var statement = connection.prepareStatement(
                "INSERT INTO " + table + " (opportunity_id, " + column + ") VALUES (?, ?)")) {
            for (String value : values) {
                statement.setString(1, id.toString());
                statement.setString(2, value);
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    /** The codes of one listing's three code tables, then its partner organisations, as read. */
    private static final class Parts {
        final List<List<String>> codes = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        final List<UUID> partners = new ArrayList<>();
    }
}
