package fi.tarjotin.opportunity;

import fi.tarjotin.access.Caller;
import fi.tarjotin.access.Scope;
import fi.tarjotin.codes.CodeLists;
import fi.tarjotin.municipality.Municipalities;
import fi.tarjotin.support.Api;
import fi.tarjotin.support.CatalogueFixture;
import fi.tarjotin.support.Person;
import fi.tarjotin.support.TestEnvironment;
import fi.tarjotin.support.TestTokens;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The search shapes the app uses most are answered from the indexes designed for them (the README shows
 * these plans). The plans are written to target/query-plans.txt for reading.
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

    @BeforeAll
    void someListings() {
        UUID org = fixture.anAssociation("Joensuun Seudun Työpaja ry", "167", "541");
        String editor = TestTokens.v2().editor().as(fixture.editorOf(org, Person.named("Teemu Testi"))).sign();
        for (int i = 0; i < 30; i++) {
            String id = api.as(editor).post("/api/v1/opportunities",
                    CatalogueFixture.aWorkTrial(org, "Työkokeilu " + i, i % 2 == 0 ? "167" : "541")).text("id");
            api.as(editor).post("/api/v1/opportunities/" + id + "/publish", null);
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

        String plan = explain(page);

        String indexAccess = plan.substring(plan.indexOf("PUBLIC.ix_oppmun_search:"), plan.indexOf("*/",
                plan.indexOf("PUBLIC.ix_oppmun_search:")));
        assertTrue(indexAccess.contains("updated_at <= ?"), plan);
        assertTrue(plan.contains("/* index sorted */"), plan);
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

    @ParameterizedTest(name = "{0} is served by {1}, reading the page in index order: {2}")
    @CsvSource(delimiter = '|', value = {
            "municipality=541                                   | ix_oppmun_search                   | true",
            "municipality=541&type=WORK_TRIAL                   | ix_oppmun_search_type              | true",
            "municipality=541&type=WORK_TRIAL&targetGroup=YOUTH | ix_oppmun_search_type              | true",
            "sort=title                                         | ix_opportunity_status_title        | true",
            "q=kahvila&availableOnly=true                       | ix_opportunity_status_updated      | true",
            "organisation=00000000-0000-4000-8000-000000000001  | id IN((SELECT                      | false",
            "type=WORK_TRIAL                                    | ix_opportunity_status_type_updated | true",
            "municipality=167&q=kahvila&availableOnly=true      | ix_oppmun_search                   | true"})
    void searchUsesTheIndexMadeForIt(String query, String index, boolean readsPageOffTheIndex) throws IOException {
        SearchCriteria criteria = SearchCriteria.parse(HttpRequest.GET("/search?" + query).getParameters(), codes,
                municipalities);
        Scope reader = new Scope(new Caller(UUID.randomUUID(), TestTokens.HOME_TENANT, "Lukija", null, Set.of(), true),
                Set.of(), Set.of());
        OpportunitySearch.Query page = search.pageQuery(criteria, reader);

        String plan = explain(page);

        Files.writeString(Path.of("target", "query-plans.txt"), "-- ?" + query + "\n" + plan + "\n\n",
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        String access = index.startsWith("ix_") ? "PUBLIC." + index + ":" : index;
        assertTrue(plan.contains(access), plan);
        // "index sorted": the page is read in order and reading stops after it, instead of sorting every match.
        assertEquals(readsPageOffTheIndex, plan.contains("/* index sorted */"), plan);
    }
}
