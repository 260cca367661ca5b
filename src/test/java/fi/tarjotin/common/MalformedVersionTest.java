package fi.tarjotin.common;

import fi.tarjotin.support.Api;
import fi.tarjotin.support.ApiResponse;
import fi.tarjotin.support.CatalogueFixture;
import fi.tarjotin.support.Person;
import fi.tarjotin.support.TestEnvironment;
import fi.tarjotin.support.TestTokens;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A version that is no version (not a whole number from 0 up, or an If-Match that names none) is malformed:
 * 400 {@code INVALID_VALUE} at the field, the same answer for listings and organisations, and nothing changes.
 * A well-formed but stale one is 412, as before.
 */
@MicronautTest
class MalformedVersionTest extends TestEnvironment {

    @Inject
    Api api;
    @Inject
    CatalogueFixture fixture;

    UUID org;
    String editor;
    String admin;

    @BeforeAll
    void anOrganisationAndItsEditor() {
        org = fixture.anAssociation("Tohmajärven Työpaja ry", "848");
        editor = TestTokens.v2().editor().as(fixture.editorOf(org, Person.named("Veera Versio"))).sign();
        admin = TestTokens.v2().admin().as(Person.named("Aino Ylläpito")).sign();
    }

    @Test
    void aMalformedVersionInTheBodyGetsTheSameAnswerFromListingsAndOrganisations() {
        String listing = aListing();
        for (String version : List.of("\"abc\"", "\"1\"", "-1", "1.5", "true", "{}")) {
            ApiResponse fromListing = api.as(editor).patch("/api/v1/opportunities/" + listing,
                    "{\"version\":" + version + ",\"title\":{\"fi\":\"Muutettu\"}}");
            ApiResponse fromOrganisation = api.as(admin).patch("/api/v1/organisations/" + org,
                    "{\"version\":" + version + ",\"name\":\"Muutettu ry\"}");

            assertMalformed(fromListing, "version");
            assertMalformed(fromOrganisation, "version");
        }
        assertUnchanged(listing);
    }

    @Test
    void aMalformedIfMatchGetsTheSameAnswerFromListingsAndOrganisations() {
        String listing = aListing();

        ApiResponse fromListing = api.as(editor).header("If-Match", "\"abc\"").patch("/api/v1/opportunities/" + listing,
                "{\"title\":{\"fi\":\"Muutettu\"}}");
        ApiResponse fromOrganisation = api.as(admin).header("If-Match", "\"abc\"").patch("/api/v1/organisations/" + org,
                "{\"name\":\"Muutettu ry\"}");

        assertMalformed(fromListing, "If-Match");
        assertMalformed(fromOrganisation, "If-Match");
        assertUnchanged(listing);
    }

    @Test
    void aStaleVersionIsStill412InBoth() {
        String listing = aListing();
        ApiResponse fromListing = api.as(editor).patch("/api/v1/opportunities/" + listing,
                "{\"version\":7,\"title\":{\"fi\":\"Muutettu\"}}");
        ApiResponse fromOrganisation = api.as(admin).patch("/api/v1/organisations/" + org,
                "{\"version\":7,\"name\":\"Muutettu ry\"}");

        assertEquals(412, fromListing.status(), fromListing.body());
        assertEquals(412, fromOrganisation.status(), fromOrganisation.body());
        assertEquals("VERSION_CONFLICT", fromListing.text("error.code"));
        assertEquals("VERSION_CONFLICT", fromOrganisation.text("error.code"));
    }

    private String aListing() {
        ApiResponse created = api.as(editor).post("/api/v1/opportunities",
                CatalogueFixture.aWorkTrial(org, "Puutyöt", "848"));
        assertEquals(201, created.status(), created.body());
        return created.text("id");
    }

    private void assertUnchanged(String listing) {
        assertEquals("Puutyöt", api.as(editor).get("/api/v1/opportunities/" + listing).text("title.fi"));
        ApiResponse organisation = api.as(admin).get("/api/v1/organisations/" + org);
        assertEquals("Tohmajärven Työpaja ry", organisation.text("name"));
        assertEquals(1, organisation.at("version").getIntValue());
    }

    private static void assertMalformed(ApiResponse response, String target) {
        assertEquals(400, response.status(), response.body());
        assertEquals("INVALID_VALUE", response.text("error.code"), response.body());
        assertEquals(target, response.text("error.target"), response.body());
    }
}
