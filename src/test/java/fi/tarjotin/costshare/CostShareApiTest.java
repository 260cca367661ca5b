package fi.tarjotin.costshare;

import fi.tarjotin.support.Api;
import fi.tarjotin.support.ApiResponse;
import fi.tarjotin.support.CatalogueFixture;
import fi.tarjotin.support.Json;
import fi.tarjotin.support.Person;
import fi.tarjotin.support.TestEnvironment;
import fi.tarjotin.support.TestTokens;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The population-weighted split of the municipal co-financing, to the cent. */
@MicronautTest(transactional = false)
class CostShareApiTest extends TestEnvironment {

    private static final String COST_SHARES = "/api/v1/admin/cost-shares";

    @Inject
    Api api;

    @Inject
    CatalogueFixture fixture;

    private static String admin() {
        return TestTokens.v2().as(Person.named("Aino Ylläpitäjä")).admin().sign();
    }

    @BeforeAll
    void agreements() {
        agree("541", "2024-01-01", "2026-12-31");
        agree("848", "2025-06-01", "2028-12-31");
        agree("167", "2027-01-01", "2028-12-31");
        agree("146", "2031-01-01", "2033-12-31");
        agree("260", "2031-01-01", "2031-03-31");
        agree("309", "2031-07-01", "2033-12-31");
    }

    private void agree(String code, String start, String end) {
        ApiResponse r = api.as(admin()).post("/api/v1/admin/municipalities/" + code + "/onboarding",
                "{\"startDate\":\"" + start + "\",\"endDate\":\"" + end + "\",\"websiteOrigins\":[],\"coordinators\":[]}");
        assertEquals(202, r.status(), r.body());
    }

    @Test
    void nurmesAndTohmajarviShareTenThousandEurosToTheCent() {
        ApiResponse split = api.as(admin()).get(COST_SHARES + "?from=2026-01-01&to=2026-12-31&municipalTotal=10000");

        assertEquals(200, split.status(), split.body());
        List<JsonNode> parts = split.items();
        assertEquals(List.of("541", "848"), parts.stream().map(p -> p.get("municipalityCode").getStringValue()).toList());
        assertEquals(8980, parts.get(0).get("population").getIntValue());
        assertEquals(3976, parts.get(1).get("population").getIntValue());
        assertEquals(new BigDecimal("6931.15"), parts.get(0).get("amount").getBigDecimalValue());
        assertEquals(new BigDecimal("3068.85"), parts.get(1).get("amount").getBigDecimalValue());
        assertEquals(new BigDecimal("0.693115"), parts.get(0).get("share").getBigDecimalValue());
    }

    /**
     * The worked example of the README: 10,000.00 euros for 2031 (365 days). Ilomantsi (4,382) is in all year,
     * Kitee (9,566) until 31 March (90 days), Outokumpu (6,444) from 1 July (184 days). Weights are population
     * times days: 1,599,430 + 860,940 + 1,185,696 = 3,646,066. Exact cents 438,672.81 / 236,128.47 / 325,198.72
     * round down to 999,998; the 2 cents left go to the largest remainders, Ilomantsi (.81) and Outokumpu (.72).
     */
    @Test
    void aMunicipalityCarriesItsWeightOnlyForTheDaysItsAgreementCoversToTheCent() {
        ApiResponse split = api.as(admin()).get(COST_SHARES + "?from=2031-01-01&to=2031-12-31&municipalTotal=10000");

        assertEquals(200, split.status(), split.body());
        assertEquals(365, split.json().get("periodDays").getIntValue());
        List<JsonNode> parts = split.items();
        assertEquals(List.of("146", "260", "309"), parts.stream().map(p -> p.get("municipalityCode").getStringValue()).toList());
        assertEquals(List.of(365, 90, 184), parts.stream().map(p -> p.get("coveredDays").getIntValue()).toList());
        assertEquals(List.of("2031-01-01", "2031-01-01", "2031-07-01"),
                parts.stream().map(p -> p.get("coveredFrom").getStringValue()).toList());
        assertEquals(List.of("2031-12-31", "2031-03-31", "2031-12-31"),
                parts.stream().map(p -> p.get("coveredTo").getStringValue()).toList());
        assertEquals(List.of(new BigDecimal("4386.73"), new BigDecimal("2361.28"), new BigDecimal("3251.99")),
                parts.stream().map(p -> p.get("amount").getBigDecimalValue()).toList());
        assertEquals(new BigDecimal("0.438673"), parts.get(0).get("share").getBigDecimalValue());
    }

    @Test
    void onlyMunicipalitiesWhoseAgreementOverlapsThePeriodShare() {
        ApiResponse later = api.as(admin()).get(COST_SHARES + "?from=2027-01-01&to=2028-12-31&municipalTotal=140000");

        assertEquals(List.of("167", "848"), later.items().stream().map(p -> p.get("municipalityCode").getStringValue()).toList());
        BigDecimal sum = later.items().stream().map(p -> p.get("amount").getBigDecimalValue())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(0, new BigDecimal("140000").compareTo(sum));
        assertEquals(List.of(), Json.list(api.as(admin()).get(COST_SHARES + "?from=2030-01-01&to=2030-12-31&municipalTotal=1").at("value")));
    }

    @Test
    void onlyAdminsSeeCostSharesAndTheParametersAreChecked() {
        String coordinator = TestTokens.v2().as(fixture.coordinatorOf("541", Person.named("Kaisa K"))).coordinator().sign();
        assertEquals(403, api.as(coordinator).get(COST_SHARES + "?from=2026-01-01&to=2026-12-31&municipalTotal=1").status());
        assertEquals(400, api.as(admin()).get(COST_SHARES + "?from=2026-01-01&to=2026-12-31").status());
        assertEquals(400, api.as(admin()).get(COST_SHARES + "?from=2026-12-31&to=2026-01-01&municipalTotal=1").status());
        assertEquals(422, api.as(admin()).get(COST_SHARES + "?from=2026-01-01&to=2026-12-31&municipalTotal=1.005").status());
        assertEquals(400, api.as(admin()).get(COST_SHARES + "?from=x&to=2026-12-31&municipalTotal=1").status());
    }

    @Test
    void anUnreadableDateIs400InvalidDateAndAMissingOneIsRequired() {
        ApiResponse unreadable = api.as(admin()).get(COST_SHARES + "?from=2026-01-01&to=2026-02-30&municipalTotal=1");
        ApiResponse missing = api.as(admin()).get(COST_SHARES + "?to=2026-12-31&municipalTotal=1");

        assertEquals(400, unreadable.status(), unreadable.body());
        assertEquals("INVALID_DATE", unreadable.text("error.code"));
        assertEquals("to", unreadable.text("error.target"));
        assertEquals(400, missing.status(), missing.body());
        assertEquals("REQUIRED", missing.text("error.code"));
        assertEquals("from", missing.text("error.target"));
    }
}
