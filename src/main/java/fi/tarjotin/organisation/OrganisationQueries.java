package fi.tarjotin.organisation;

import fi.tarjotin.common.Cursor;
import fi.tarjotin.common.Guids;
import fi.tarjotin.common.SearchText;
import fi.tarjotin.common.SqlParameters;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The SQL that Micronaut Data cannot derive: keyset search over organisations and their municipality
 * join table. Valid T-SQL that H2's MSSQLServer mode also runs; UUIDs travel as strings (both drivers).
 */
@Singleton
class OrganisationQueries {

    /** One page of matching ids in order, the cursor of the next page if there is one, and the total. */
    record Hits(List<UUID> ids, Cursor next, Long count) {
    }

    private final JdbcOperations jdbc;

    OrganisationQueries(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    Hits search(OrganisationCriteria criteria) {
        return jdbc.execute(connection -> {
            List<Object> params = new ArrayList<>();
            String filters = filters(criteria, params);
            List<Object> pageParams = new ArrayList<>(params);
            String keyset = "";
            if (criteria.after() != null) {
                keyset = " AND (o.name_sort > ? OR (o.name_sort = ? AND o.id > CAST(? AS UNIQUEIDENTIFIER)))";
                String name = criteria.after().values().get(0);
                pageParams.add(name);
                pageParams.add(name);
                pageParams.add(criteria.after().values().get(1));
            }
            pageParams.add(0, criteria.top() + 1);
            List<UUID> ids = new ArrayList<>();
            List<String> names = new ArrayList<>();
            try (var statement = prepare(connection, "SELECT TOP (?) o.id, o.name_sort FROM organisation o WHERE 1 = 1"
                    + filters + keyset + " ORDER BY o.name_sort, o.id", pageParams);
                 var rows = statement.executeQuery()) {
                while (rows.next()) {
                    ids.add(Guids.get(rows, 1));
                    names.add(rows.getString(2));
                }
            }
            Cursor next = null;
            if (ids.size() > criteria.top()) {
                ids.remove(ids.size() - 1);
                next = new Cursor(List.of(names.get(ids.size() - 1), ids.get(ids.size() - 1).toString()));
            }
            Long count = null;
            if (criteria.count()) {
                try (var statement = prepare(connection, "SELECT COUNT(*) FROM organisation o WHERE 1 = 1" + filters,
                        params); var rows = statement.executeQuery()) {
                    rows.next();
                    count = rows.getLong(1);
                }
            }
            return new Hits(List.copyOf(ids), next, count);
        });
    }

    /**
     * Id and name of every organisation that is one of {@code memberOf} or works in one of {@code coordinated},
     * or of every organisation at all where {@code everything}: the organisations a caller may list for, by name.
     */
    List<OrganisationChoice> choices(boolean everything, Collection<UUID> memberOf, Collection<String> coordinated) {
        if (!everything && memberOf.isEmpty() && coordinated.isEmpty()) {
            return List.of();
        }
        List<Object> params = new ArrayList<>();
        StringBuilder where = new StringBuilder(everything ? "1 = 1" : "1 = 0");
        if (!everything && !memberOf.isEmpty()) {
            where.append(" OR o.id IN (").append(SqlParameters.uuids(memberOf.size())).append(")");
            memberOf.forEach(id -> params.add(id.toString()));
        }
        if (!everything && !coordinated.isEmpty()) {
            where.append(" OR EXISTS (SELECT 1 FROM organisation_municipality m WHERE m.organisation_id = o.id"
                    + " AND m.municipality_code IN (").append(SqlParameters.varchars(coordinated.size())).append("))");
            params.addAll(coordinated);
        }
        return jdbc.execute(connection -> {
            List<OrganisationChoice> choices = new ArrayList<>();
            try (var statement = prepare(connection, "SELECT o.id, o.name, o.kind FROM organisation o WHERE " + where
                    + " ORDER BY o.name_sort, o.id", params);
                 var rows = statement.executeQuery()) {
                while (rows.next()) {
                    choices.add(new OrganisationChoice(Guids.get(rows, 1), rows.getString(2), rows.getString(3)));
                }
            }
            return choices;
        });
    }

    List<String> codesOf(UUID organisationId) {
        return codesOf(List.of(organisationId)).getOrDefault(organisationId, List.of());
    }

    /** The municipality codes of each organisation, sorted. */
    Map<UUID, List<String>> codesOf(Collection<UUID> organisationIds) {
        if (organisationIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.execute(connection -> {
            Map<UUID, List<String>> codes = new HashMap<>();
            String marks = SqlParameters.uuids(organisationIds.size());
            List<Object> params = organisationIds.stream().map(id -> (Object) id.toString()).toList();
            try (var statement = prepare(connection, "SELECT organisation_id, municipality_code FROM "
                    + "organisation_municipality WHERE organisation_id IN (" + marks + ") "
                    + "ORDER BY organisation_id, municipality_code", params);
                 var rows = statement.executeQuery()) {
                while (rows.next()) {
                    codes.computeIfAbsent(Guids.get(rows, 1), k -> new ArrayList<>())
                            .add(rows.getString(2));
                }
            }
            return codes;
        });
    }

    /** Makes the organisation's municipalities exactly {@code after}, touching only the rows that change. */
    void replaceCodes(UUID organisationId, Collection<String> before, Collection<String> after) {
        jdbc.execute(connection -> {
            for (String code : before) {
                if (!after.contains(code)) {
                    update(connection, "DELETE FROM organisation_municipality WHERE organisation_id = ? "
                            + "AND municipality_code = " + SqlParameters.VARCHAR, organisationId, code);
                }
            }
            for (String code : after) {
                if (!before.contains(code)) {
                    update(connection, "INSERT INTO organisation_municipality (organisation_id, municipality_code) "
                            + "VALUES (?, ?)", organisationId, code);
                }
            }
            return null;
        });
    }

    private static String filters(OrganisationCriteria criteria, List<Object> params) {
        StringBuilder sql = new StringBuilder();
        if (criteria.municipality() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM organisation_municipality m WHERE m.organisation_id = o.id"
                    + " AND m.municipality_code = " + SqlParameters.VARCHAR + ")");
            params.add(criteria.municipality());
        }
        if (criteria.kind() != null) {
            sql.append(" AND o.kind = ").append(SqlParameters.VARCHAR);
            params.add(criteria.kind().name());
        }
        if (criteria.q() != null) {
            sql.append(" AND o.name_search LIKE ? ESCAPE '\\'");
            params.add(SearchText.likeContains(criteria.q()));
        }
        return sql.toString();
    }

    private static void update(Connection connection, String sql, UUID id, String code) throws SQLException {
        try (var statement = prepare(connection, sql, List.of(id.toString(), code))) {
            statement.executeUpdate();
        }
    }

    private static PreparedStatement prepare(Connection connection, String sql, List<Object> params)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < params.size(); i++) {
            Object param = params.get(i);
            if (param instanceof Integer number) {
                statement.setInt(i + 1, number);
            } else {
                statement.setString(i + 1, (String) param);
            }
        }
        return statement;
    }
}
