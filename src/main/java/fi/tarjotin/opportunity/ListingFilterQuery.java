package fi.tarjotin.opportunity;

import fi.tarjotin.access.Scope;
import fi.tarjotin.common.SearchText;
import fi.tarjotin.common.SqlParameters;
import fi.tarjotin.opportunity.OpportunitySearch.Query;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The FROM and WHERE of the database search: its filters and the caller's visibility. */
final class ListingFilterQuery {

    private ListingFilterQuery() {
    }

    /** FROM and WHERE shared by the page and the count. */
    static Query where(SearchCriteria c, Scope scope, List<UUID> ids, LocalDate today) {
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
        if (ids != null) {
            // The search index matched the words; an empty set matches nothing.
            q.sql.append(ids.isEmpty() ? " AND 1 = 0" : " AND o.id IN (" + SqlParameters.uuids(ids.size()) + ")");
            ids.forEach(id -> q.args.add(id.toString()));
        } else {
            for (String term : c.terms()) {
                q.sql.append(" AND o.search_text LIKE ? ESCAPE '\\'");
                q.args.add(SearchText.likeContains(term));
            }
        }
        if (c.availableOnly()) {
            q.sql.append(" AND (o.capacity_available IS NULL OR o.capacity_available > 0)")
                    .append(" AND (o.application_deadline IS NULL OR o.application_deadline >= ?)");
            q.args.add(Date.valueOf(today));
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
    static void visibility(Query q, Scope scope) {
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
}
