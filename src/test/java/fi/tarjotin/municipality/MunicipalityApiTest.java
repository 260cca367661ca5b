package fi.tarjotin.municipality;

import fi.tarjotin.support.Api;
import fi.tarjotin.support.TestEnvironment;
import fi.tarjotin.support.TestTokens;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest
class MunicipalityApiTest extends TestEnvironment {

    @Inject
    Api api;

    @Test
    void listsTheThirteenNorthKareliaMunicipalities() {
        var response = api.as(TestTokens.v2().sign()).get("/api/v1/municipalities");

        assertEquals(200, response.status(), response.body());
        assertEquals(13, response.items().size());
        var nurmes = response.items().stream().filter(m -> "541".equals(m.get("code").getStringValue())).findFirst()
                .orElseThrow();
        assertEquals("Nurmes", nurmes.get("name").get("fi").getStringValue());
        assertEquals(8980, nurmes.get("population").getIntValue());
        assertEquals("no-store", response.header("Cache-Control").orElse(""));
    }

    @Test
    void readsOneMunicipalityByCodeAndKeepsTheLeadingZero() {
        var response = api.as(TestTokens.v1().sign()).get("/api/v1/municipalities/090");

        assertEquals(200, response.status(), response.body());
        assertEquals("Heinävesi", response.text("name.fi"));
    }

    @Test
    void unknownMunicipalityIsNotFoundInTheEnvelope() {
        var response = api.as(TestTokens.v2().sign()).header("Accept-Language", "en").get("/api/v1/municipalities/999");

        assertEquals(404, response.status());
        assertEquals("NOT_FOUND", response.text("error.code"));
        assertTrue(response.text("error.message").startsWith("What you are looking for"));
    }

    @Test
    void servesCodeListsWithLabelsInThreeLanguages() {
        var response = api.as(TestTokens.v2().sign()).get("/api/v1/codes/opportunity-types");

        assertEquals(200, response.status(), response.body());
        var workTrial = response.items().get(0);
        assertEquals("WORK_TRIAL", workTrial.get("code").getStringValue());
        assertEquals("Työkokeilu", workTrial.get("label").get("fi").getStringValue());
        assertEquals("Arbetsprövning", workTrial.get("label").get("sv").getStringValue());
        assertEquals("Work trial", workTrial.get("label").get("en").getStringValue());
        assertEquals(404, api.as(TestTokens.v2().sign()).get("/api/v1/codes/nothing").status());
    }
}
