package fi.tarjotin.opportunity;

import fi.tarjotin.support.Api;
import fi.tarjotin.support.ApiResponse;
import fi.tarjotin.support.CatalogueFixture;
import fi.tarjotin.support.OtherTransaction;
import fi.tarjotin.support.Person;
import fi.tarjotin.support.TestClock;
import fi.tarjotin.support.TestEnvironment;
import fi.tarjotin.support.TestTokens;
import io.micronaut.context.annotation.Property;
import io.micronaut.jdbc.BasicJdbcConfiguration;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The index follows the database: a change another instance commits is searchable after this instance's next
 * poll, a lost index rebuilds from the database (the database search answering meanwhile), and readiness shows
 * the index's state.
 */
@MicronautTest
@Property(name = "tarjotin.search.refresh-interval", value = "1h")
class SearchIndexFreshnessTest extends TestEnvironment {

    private static final String SEARCH = "/api/v1/opportunities";

    @Inject
    Api api;
    @Inject
    CatalogueFixture fixture;
    @Inject
    SearchIndexing indexing;
    @Inject
    BasicJdbcConfiguration database;
    @Inject
    TestClock clock;

    UUID org;
    String editor;
    String reader = TestTokens.v2().sign();
    String admin = TestTokens.v2().admin().as(Person.named("Aino Ylläpitäjä")).sign();
    String id;

    @BeforeAll
    void oneListing() {
        org = fixture.anAssociation("Pohjoisen Puutarhat ry", "167");
        editor = TestTokens.v2().editor().as(fixture.editorOf(org, Person.named("Pirkko Puutarha"))).sign();
        ApiResponse created = api.as(editor).post(SEARCH, CatalogueFixture.aWorkTrial(org, "Puutarhatyö", "167"));
        id = created.text("id");
        assertEquals(200, api.as(editor).post(SEARCH + "/" + id + "/publish", null).status());
        indexing.rebuild();
    }

    @Test
    void aChangeCommittedByAnotherInstanceIsSearchableAfterThePoll() throws Exception {
        clock.advance(Duration.ofSeconds(1));
        try (OtherTransaction other = OtherTransaction.begin(database)) {
            other.execute("UPDATE opportunity SET title_fi = ?, updated_at = ? WHERE id = CAST(? AS UNIQUEIDENTIFIER)",
                    "Kasvihuoneen hoitaja", Timestamp.from(clock.instant()), id);
            other.commit();
        }
        assertEquals(List.of(), find("kasvihuoneessa"), "not before this instance reads the change");
        indexing.refresh();
        assertEquals(List.of(id), find("kasvihuoneessa"));
    }

    @Test
    void anOrganisationsNewNameIsSearchableAfterThePoll() {
        clock.advance(Duration.ofSeconds(1));
        String path = "/api/v1/organisations/" + org;
        long version = api.as(admin).get(path).json().get("version").getLongValue();
        assertEquals(200, api.as(admin).patch(path, "{\"version\":" + version
                + ",\"name\":\"Kaakkoisen Kasvimaat ry\"}").status());

        indexing.refresh();
        assertEquals(List.of(id), find("kasvimaat"), "found by the organisation's new name");
        assertEquals(List.of(), find("pohjoisen"), "no longer by the old one");
    }

    @Test
    void aLostIndexRebuildsFromTheDatabaseAndReadinessShowsItsState() {
        assertEquals("UP", indexState());
        indexing.forget();
        try {
            assertEquals("BUILDING", indexState());
            assertEquals("UP", readiness().text("status"), "the database search serves meanwhile");
            assertEquals(List.of(), find("puutarhatöitä"), "the database search knows no word forms");
            assertEquals(1, find("puutarhatyö").size(), "but finds the word as written");
        } finally {
            indexing.rebuild();
        }
        assertEquals("UP", indexState());
        assertEquals(List.of(id), find("puutarhatöitä"));
    }

    private String indexState() {
        ApiResponse health = readiness();
        assertEquals("UP", health.at("details.searchIndex.status").getStringValue(), health.body());
        return health.at("details.searchIndex.details.index.status").getStringValue();
    }

    private ApiResponse readiness() {
        ApiResponse health = api.as(admin).get("/health/readiness");
        assertEquals(200, health.status(), health.body());
        return health;
    }

    private List<String> find(String words) {
        ApiResponse found = api.as(reader).get(SEARCH + "?organisation=" + org + "&q="
                + URLEncoder.encode(words, StandardCharsets.UTF_8));
        assertEquals(200, found.status(), found.body());
        return found.ids();
    }
}
