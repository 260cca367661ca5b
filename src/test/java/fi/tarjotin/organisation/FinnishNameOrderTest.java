package fi.tarjotin.organisation;

import fi.tarjotin.support.Api;
import fi.tarjotin.support.TestEnvironment;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Organisations are listed in Finnish alphabetical order: case ignored, å, ä and ö after z. */
@MicronautTest(transactional = false)
class FinnishNameOrderTest extends TestEnvironment {

    private static final List<String> IN_FINNISH_ORDER = List.of("aalto ry", "Bravo ry", "Zeta ry", "Ähtärin Seura ry", "Öljy ry");

    @Inject
    Api api;

    @BeforeAll
    void setUp() {
        OrganisationFixture organisations = new OrganisationFixture(api);
        for (String name : List.of("Öljy ry", "Zeta ry", "aalto ry", "Ähtärin Seura ry", "Bravo ry")) {
            organisations.create(OrganisationFixture.aMinimalOrganisation(name, "309"));
        }
    }

    @Test
    void organisationsOfAMunicipalityComeInFinnishAlphabeticalOrderPageAfterPage() {
        List<String> seen = new ArrayList<>();
        String next = "/api/v1/organisations?municipality=309&top=2";
        while (next != null) {
            var page = api.as(OrganisationFixture.adminToken()).get(next);
            assertEquals(200, page.status(), page.body());
            page.items().forEach(i -> seen.add(i.get("name").getStringValue()));
            var link = page.at("nextLink");
            next = link == null || link.isNull() ? null : link.getStringValue().replaceFirst("^https?://[^/]+", "");
        }
        assertEquals(IN_FINNISH_ORDER, seen);
    }
}
