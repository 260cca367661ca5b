package fi.tarjotin.publicsite;

import fi.tarjotin.support.Api;
import fi.tarjotin.support.ApiResponse;
import fi.tarjotin.support.CatalogueFixture;
import fi.tarjotin.support.Person;
import fi.tarjotin.support.TestEnvironment;
import fi.tarjotin.support.TestTokens;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Collections;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What a public search may cost is bounded: a few values per filter and a short free text, or a clear 400;
 * and a count is made once per municipality and filters for as long as public pages are cached, however
 * many pages a client walks through.
 */
@MicronautTest
class PublicFilterBoundsTest extends TestEnvironment {

    private static final String NURMES = "/public/v1/municipalities/541/opportunities";

    @Inject
    Api api;
    @Inject
    CatalogueFixture fixture;
    @Inject
    JdbcOperations jdbc;

    PublicCatalogue catalogue;

    @BeforeAll
    void aCatalogue() {
        catalogue = PublicCatalogue.create(api, fixture, jdbc);
    }

    @Test
    void aFilterWithTooManyValuesOrAFreeTextTooLongIsRefusedWith400() {
        String elevenRepeats = String.join("&", Collections.nCopies(11, "type=WORK_TRIAL"));
        String elevenInOne = String.join(",", Collections.nCopies(11, "YOUTH"));
        String tenRepeats = String.join("&", Collections.nCopies(10, "type=WORK_TRIAL"));

        assertRefused(api.anonymous().get(NURMES + "?" + elevenRepeats), "OUT_OF_RANGE", "type");
        assertRefused(api.anonymous().get(NURMES + "?targetGroup=" + elevenInOne), "OUT_OF_RANGE", "targetGroup");
        assertRefused(api.anonymous().get(NURMES + ".atom?" + elevenRepeats), "OUT_OF_RANGE", "type");
        assertRefused(api.anonymous().get(NURMES + "?count=true&q=" + "a".repeat(201)), "INVALID_LENGTH", "q");
        assertEquals(200, api.anonymous().get(NURMES + "?" + tenRepeats).status());
        assertEquals(200, api.anonymous().get(NURMES + "?q=" + "kahvila%2C+puuty%C3%B6%2C".repeat(6)).status(),
                "commas in free text are not values");
    }

    @Test
    void pagingWithACountCountsOncePerFilterSet() {
        ApiResponse first = api.anonymous().get(NURMES + "?top=1&count=true&availableOnly=true");
        assertEquals(200, first.status(), first.body());
        assertEquals(2, first.at("count").getIntValue());

        String admin = TestTokens.v2().admin().as(Person.named("Aino Ylläpitäjä")).sign();
        ApiResponse draft = api.as(admin).post("/api/v1/opportunities",
                CatalogueFixture.aWorkTrial(catalogue.organisation, "Kolmas Nurmeksessa", "541"));
        assertEquals(200, api.as(admin).post("/api/v1/opportunities/" + draft.text("id") + "/publish", null).status());

        ApiResponse second = api.anonymous().get(first.text("nextLink"));
        ApiResponse otherSize = api.anonymous().get(NURMES + "?top=2&count=true&availableOnly=true");

        assertEquals(200, second.status(), second.body());
        assertEquals(2, second.at("count").getIntValue(), "counted once for the filters, not again per page");
        assertEquals(2, otherSize.at("count").getIntValue());
    }

    private static void assertRefused(ApiResponse response, String code, String target) {
        assertEquals(400, response.status(), response.body());
        assertEquals(code, response.text("error.code"));
        assertEquals(target, response.text("error.target"));
    }
}
