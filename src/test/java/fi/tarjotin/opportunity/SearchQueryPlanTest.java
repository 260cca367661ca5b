package fi.tarjotin.opportunity;

import fi.tarjotin.access.Caller;
import fi.tarjotin.access.Scope;
import fi.tarjotin.codes.CodeLists;
import fi.tarjotin.municipality.Municipalities;
import fi.tarjotin.support.Api;
import fi.tarjotin.support.CatalogueFixture;
import fi.tarjotin.support.Person;
import fi.tarjotin.support.TestDatabases;
import fi.tarjotin.support.TestEnvironment;
import fi.tarjotin.support.TestTokens;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The search shapes the app uses most are answered from the indexes designed for them (the README shows
 * these plans). On H2 from its EXPLAIN; on SQL Server ({@code -Psqlserver}) from the plan SQL Server runs the
 * same statement with, as the service sends it: each search index must be sought on its leading columns and
 * no column converted (see {@link ShowPlan}). The plans are written to target/query-plans.txt for reading.
 */
@MicronautTest
class SearchQueryPlanTest extends TestEnvironment {

    @Inject
    OpportunitySearch search;
    @Inject
    CodeLists codes;
    @Inject
    Municipalities municipalities;
    @Inject
    JdbcOperations jdbc;
    @Inject
    Api api;
    @Inject
    CatalogueFixture fixture;
    @Inject
    DataSource dataSource;

    @BeforeAll
    void someListings() throws SQLException {
        UUID org = fixture.anAssociation("Joensuun Seudun Työpaja ry", "167", "541");
        String editor = TestTokens.v2().editor().as(fixture.editorOf(org, Person.named("Teemu Testi"))).sign();
        for (int i = 0; i < 30; i++) {
            String id = api.as(editor).post("/api/v1/opportunities",
                    CatalogueFixture.aWorkTrial(org, "Työkokeilu " + i, i % 2 == 0 ? "167" : "541")).text("id");
            api.as(editor).post("/api/v1/opportunities/" + id + "/publish", null);
        }
        if (onSqlServer()) {
            sizeTablesLikeProduction();
        }
    }

    /**
     * Thirty listings fit in a page or two, where reading everything costs SQL Server no more than a seek, and
     * it rightly scans. Told that the tables have a production catalogue's size (the row and page counts the
     * optimizer goes by; no rows are added), it plans as it would there. Only this test's database is told.
     */
    private void sizeTablesLikeProduction() throws SQLException {
        Map<String, String> rowsAndPages = Map.of(
                "opportunity", "ROWCOUNT = 50000, PAGECOUNT = 12500",
                "opportunity_municipality", "ROWCOUNT = 150000, PAGECOUNT = 1000",
                "organisation", "ROWCOUNT = 2000, PAGECOUNT = 200",
                "opportunity_target_group", "ROWCOUNT = 100000, PAGECOUNT = 500",
                "opportunity_language", "ROWCOUNT = 90000, PAGECOUNT = 400",
                "opportunity_partner", "ROWCOUNT = 10000, PAGECOUNT = 60");
        try (Connection connection = TestDatabases.separateConnection(dataSource);
             Statement statement = connection.createStatement()) {
            for (var table : rowsAndPages.entrySet()) {
                statement.execute("UPDATE STATISTICS " + table.getKey() + " WITH FULLSCAN");
                statement.execute("UPDATE STATISTICS " + table.getKey() + " WITH " + table.getValue());
            }
            statement.execute("ALTER DATABASE SCOPED CONFIGURATION CLEAR PROCEDURE_CACHE");
        }
    }

    @org.junit.jupiter.api.Test
    void aDeepPageStartsReadingTheIndexAtTheCursor() {
        String cursor = new fi.tarjotin.common.Cursor(java.util.List.of("-updatedAt", "2026-06-01T00:00:00Z",
                UUID.randomUUID().toString())).encode();
        SearchCriteria criteria = SearchCriteria.parse(HttpRequest.GET("/search?municipality=541&cursor=" + cursor)
                .getParameters(), codes, municipalities);
        Scope reader = new Scope(new Caller(UUID.randomUUID(), TestTokens.HOME_TENANT, "Lukija", null, Set.of(), true),
                Set.of(), Set.of());
        OpportunitySearch.Query page = search.pageQuery(criteria, reader);

        if (onSqlServer()) {
            ShowPlan plan = ShowPlan.parse(sqlServerPlan(page));
            assertEquals(List.of(), plan.seekFailures("ix_oppmun_search", List.of("municipality_code", "status")));
            // The cursor bounds the seek itself (SQL Server may split the OR into two seeks: one with a range on
            // updated_at, one with updated_at equal and a range on the id), not a filter over the rows read.
            assertTrue(plan.accesses().stream().filter(a -> a.index().equals("ix_oppmun_search"))
                    .allMatch(a -> a.seeks().stream().allMatch(s -> s.range().contains("updated_at")
                            || s.equal().contains("updated_at"))), plan.summary());
            return;
        }
        String plan = explain(page);

        String indexAccess = plan.substring(plan.indexOf("PUBLIC.ix_oppmun_search:"), plan.indexOf("*/",
                plan.indexOf("PUBLIC.ix_oppmun_search:")));
        assertTrue(indexAccess.contains("updated_at <= ?"), plan);
        assertTrue(plan.contains("/* index sorted */"), plan);
    }

    private boolean onSqlServer() {
        return jdbc.execute(connection -> connection.getMetaData().getDatabaseProductName()).contains("SQL Server");
    }

    /** On a connection of its own: the plan setting must not reach the service's pool. */
    private String sqlServerPlan(OpportunitySearch.Query page) {
        try (Connection connection = TestDatabases.separateConnection(dataSource)) {
            return ShowPlan.actualPlan(connection, page.sql.toString(), page.args);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @org.junit.jupiter.api.Test
    void theSearchIndexsPollReadsOnlyTheRecentChangesFromAnIndex() {
        OpportunitySearch.Query poll = new OpportunitySearch.Query();
        poll.sql.append(ListingDocumentQueries.CHANGED_SINCE);
        poll.args.add(java.sql.Timestamp.from(java.time.Instant.parse("2026-06-01T00:00:00Z")));
        String plan = onSqlServer() ? ShowPlan.parse(sqlServerPlan(poll)).summary() : explain(poll);
        // Each second on every instance: a scan of the listings there would read the whole catalogue each time.
        assertTrue(plan.contains("ix_opportunity_updated_at"), plan);
        assertTrue(!plan.contains("tableScan") && !plan.contains("Clustered Index Scan"), plan);
    }

    @org.junit.jupiter.api.Test
    void theSearchIndexsPollReadsOnlyTheRecentOrganisationChangesFromAnIndex() {
        OpportunitySearch.Query poll = new OpportunitySearch.Query();
        poll.sql.append(ListingDocumentQueries.ORGANISATIONS_CHANGED_SINCE);
        poll.args.add(java.sql.Timestamp.from(java.time.Instant.parse("2026-06-01T00:00:00Z")));
        String plan = onSqlServer() ? ShowPlan.parse(sqlServerPlan(poll)).summary() : explain(poll);
        assertTrue(plan.contains("ix_organisation_updated_at"), plan);
    }

    private String explain(OpportunitySearch.Query page) {
        return jdbc.execute(connection -> {
            try (var statement = connection.prepareStatement("EXPLAIN " + page.sql)) {
                for (int i = 0; i < page.args.size(); i++) {
                    statement.setObject(i + 1, page.args.get(i));
                }
                try (var rows = statement.executeQuery()) {
                    rows.next();
                    return rows.getString(1);
                }
            }
        });
    }

    @ParameterizedTest(name = "{0} is served by {1} on H2, reading the page in index order: {2}; on SQL Server by {3}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            // SQL Server weighs the costs of its own plans: where a rare target group or a free-text term may be
            // better read another way ("-"), only that no column is converted (which rules out a seek) is checked.
            // query                                            | H2: access                         | in order | SQL Server: index sought           | on equal
            "municipality=541                                   | ix_oppmun_search                   | true     | ix_oppmun_search                   | municipality_code status",
            "municipality=541&type=WORK_TRIAL                   | ix_oppmun_search_type              | true     | ix_oppmun_search_type              | municipality_code status type",
            "municipality=541&type=WORK_TRIAL&targetGroup=YOUTH | ix_oppmun_search_type              | true     | -                                  | -",
            "sort=title                                         | ix_opportunity_status_title        | true     | ix_opportunity_status_title        | status",
            "q=kahvila&availableOnly=true                       | ix_opportunity_status_updated      | true     | -                                  | -",
            "organisation=00000000-0000-4000-8000-000000000001  | id IN((SELECT                      | false    | ix_opportunity_organisation        | organisation_id",
            "type=WORK_TRIAL                                    | ix_opportunity_status_type_updated | true     | ix_opportunity_status_type_updated | status type",
            "municipality=167&q=kahvila&availableOnly=true      | ix_oppmun_search                   | true     | -                                  | -"})
    void searchUsesTheIndexMadeForIt(String query, String index, boolean readsPageOffTheIndex, String sqlServerIndex,
                                     String sqlServerKeys) throws IOException {
        SearchCriteria criteria = SearchCriteria.parse(HttpRequest.GET("/search?" + query).getParameters(), codes,
                municipalities);
        Scope reader = new Scope(new Caller(UUID.randomUUID(), TestTokens.HOME_TENANT, "Lukija", null, Set.of(), true),
                Set.of(), Set.of());
        OpportunitySearch.Query page = search.pageQuery(criteria, reader);

        if (onSqlServer()) {
            String xml = sqlServerPlan(page);
            ShowPlan plan = ShowPlan.parse(xml);
            Files.writeString(Path.of("target", "query-plans.txt"), "-- ?" + query + "\n" + plan.summary() + "\n\n",
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            Files.writeString(Path.of("target", "query-plans-sqlserver.xml"), xml + "\n",
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            assertEquals(List.of(), sqlServerIndex == null ? plan.seekPlanConverts()
                    : plan.seekFailures(sqlServerIndex, List.of(sqlServerKeys.split(" "))), plan.summary());
            return;
        }
        String plan = explain(page);

        Files.writeString(Path.of("target", "query-plans.txt"), "-- ?" + query + "\n" + plan + "\n\n",
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        String access = index.startsWith("ix_") ? "PUBLIC." + index + ":" : index;
        assertTrue(plan.contains(access), plan);
        // "index sorted": the page is read in order and reading stops after it, instead of sorting every match.
        assertEquals(readsPageOffTheIndex, plan.contains("/* index sorted */"), plan);
    }
}
