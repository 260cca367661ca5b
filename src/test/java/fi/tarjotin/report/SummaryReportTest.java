package fi.tarjotin.report;

import fi.tarjotin.support.Api;
import fi.tarjotin.support.ApiResponse;
import fi.tarjotin.support.CatalogueFixture;
import fi.tarjotin.support.Json;
import fi.tarjotin.support.Person;
import fi.tarjotin.support.TestClock;
import fi.tarjotin.support.TestEnvironment;
import fi.tarjotin.support.TestTokens;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The funder's summary: counts, period figures and capacity, as JSON and CSV, within each caller's scope. */
@MicronautTest(transactional = false)
class SummaryReportTest extends TestEnvironment {

    @Inject
    Api api;

    @Inject
    CatalogueFixture fixture;

    @Inject
    TestClock clock;

    String admin;
    String today = LocalDate.now(ZoneOffset.UTC).toString();

    @BeforeAll
    void listings() {
        admin = TestTokens.v2().as(Person.named("Aino Ylläpitäjä")).admin().sign();
        UUID organisation = fixture.anAssociation("Liperin Nuorisoseura ry", "426");
        String published = create(organisation, "Nuorisotalon ohjaajan apuna");
        String closed = create(organisation, "Kesäkahvilan työkokeilu");
        create(organisation, "Luonnos: talkoot");
        assertEquals(200, api.as(admin).post("/api/v1/opportunities/" + published + "/publish", null).status());
        assertEquals(200, api.as(admin).post("/api/v1/opportunities/" + closed + "/publish", null).status());
        assertEquals(200, api.as(admin).post("/api/v1/opportunities/" + closed + "/close", null).status());
        ApiResponse other = api.as(admin).post("/api/v1/opportunities", CatalogueFixture.aWorkTrial(
                fixture.anAssociation("Joensuun Setlementti ry", "167"), "Joensuun listaus", "167"));
        assertEquals(201, other.status(), other.body());
    }

    private String create(UUID organisation, String title) {
        ApiResponse r = api.as(admin).post("/api/v1/opportunities", CatalogueFixture.aWorkTrial(organisation, title, "426"));
        assertEquals(201, r.status(), r.body());
        return r.text("id");
    }

    private static long count(JsonNode counts, String code) {
        return Json.list(counts).stream().filter(c -> c.get("code").getStringValue().equals(code))
                .mapToLong(c -> c.get("count").getLongValue()).findFirst().orElse(0);
    }

    @Test
    void withoutDatesThePeriodIsThisYearSoFarByTheServiceClock() {
        clock.advance(Duration.ofDays(400));
        try {
            ApiResponse r = api.as(admin).get("/api/v1/reports/summary?municipality=426");

            assertEquals(200, r.status(), r.body());
            assertEquals(0, r.at("publishedInPeriod").getLongValue(), "published last year by the service clock");
        } finally {
            clock.advance(Duration.ofDays(-400));
        }
    }

    @Test
    void aCoordinatorGetsTheSummaryOfTheirMunicipality() {
        Person coordinator = fixture.coordinatorOf("426", Person.named("Lotta Liperi"));
        ApiResponse r = api.as(TestTokens.v1().as(coordinator).coordinator().sign())
                .get("/api/v1/reports/summary?municipality=426&from=" + today + "&to=" + today);

        assertEquals(200, r.status(), r.body());
        assertEquals(1, count(r.at("listingsByStatus"), "PUBLISHED"));
        assertEquals(1, count(r.at("listingsByStatus"), "CLOSED"));
        assertEquals(1, count(r.at("listingsByStatus"), "DRAFT"));
        assertEquals(3, count(r.at("listingsByType"), "WORK_TRIAL"));
        assertEquals(3, count(r.at("listingsByTargetGroup"), "LONG_TERM_UNEMPLOYED"));
        assertEquals(2, r.at("publishedInPeriod").getLongValue());
        assertEquals(1, r.at("closedInPeriod").getLongValue());
        assertEquals(6, r.at("capacityOffered").getLongValue(), "3 places in each of the two public listings");
    }

    @Test
    void theSummaryComesAsCsvToo() {
        for (ApiResponse r : List.of(api.as(admin).get("/api/v1/reports/summary?municipality=426&format=csv"),
                api.as(admin).header("Accept", "text/csv").get("/api/v1/reports/summary?municipality=426"))) {
            assertEquals(200, r.status(), r.body());
            assertTrue(r.header("Content-Type").orElseThrow().startsWith("text/csv"));
            assertTrue(r.body().contains("status,PUBLISHED,1"), r.body());
            assertTrue(r.body().contains("capacityOffered,,6"), r.body());
        }
    }

    @Test
    void coordinatorsSeeOnlyTheirOwnMunicipalitiesAndAdminsTheWholeRegion() {
        Person elsewhere = fixture.coordinatorOf("167", Person.named("Jaana Joensuu"));
        String token = TestTokens.v2().as(elsewhere).coordinator().sign();
        assertEquals(403, api.as(token).get("/api/v1/reports/summary?municipality=426").status());
        assertEquals(403, api.as(token).get("/api/v1/reports/summary").status());
        assertEquals(403, api.as(TestTokens.v2().editor().sign()).get("/api/v1/reports/summary?municipality=426").status());
        ApiResponse region = api.as(admin).get("/api/v1/reports/summary");
        assertEquals(4, count(region.at("listingsByType"), "WORK_TRIAL"), region.body());
        assertEquals(400, api.as(admin).get("/api/v1/reports/summary?from=2026-13-01").status());
        assertEquals(400, api.as(admin).get("/api/v1/reports/summary?format=xml").status());
    }

    @Test
    void anUnknownMunicipalityIsRefusedNamingTheParameterAsTheListingsFilterDoes() {
        ApiResponse unknown = api.as(admin).get("/api/v1/reports/summary?municipality=999");
        ApiResponse malformed = api.as(admin).get("/api/v1/reports/summary?municipality=42");

        assertEquals(400, unknown.status(), unknown.body());
        assertEquals("UNKNOWN_MUNICIPALITY", unknown.text("error.code"));
        assertEquals("municipality", unknown.text("error.target"));
        assertEquals(400, malformed.status(), malformed.body());
        assertEquals("municipality", malformed.text("error.target"));
    }

    @Test
    void anUnreadableDateIs400InvalidDateNamingTheParameterAndAnEmptyOneMeansTheDefault() {
        ApiResponse from = api.as(admin).get("/api/v1/reports/summary?from=2026-13-01");
        ApiResponse to = api.as(admin).get("/api/v1/reports/summary?to=eilen");

        assertEquals(400, from.status(), from.body());
        assertEquals("INVALID_DATE", from.text("error.code"));
        assertEquals("from", from.text("error.target"));
        assertEquals("INVALID_DATE", to.text("error.code"));
        assertEquals("to", to.text("error.target"));
        ApiResponse empty = api.as(admin).get("/api/v1/reports/summary?from=&to=");
        assertEquals(200, empty.status(), empty.body());
    }
}
