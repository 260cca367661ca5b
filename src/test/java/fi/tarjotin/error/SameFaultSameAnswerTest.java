package fi.tarjotin.error;

import fi.tarjotin.support.Api;
import fi.tarjotin.support.ApiResponse;
import fi.tarjotin.support.CatalogueFixture;
import fi.tarjotin.support.Person;
import fi.tarjotin.support.TestEnvironment;
import fi.tarjotin.support.TestTokens;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Listings and organisations share their field rules and their PATCH: a broken rule gets the same code and
 * status naming the same field on both, and a merge patch reads the same whether it is sent as
 * {@code application/merge-patch+json} or {@code application/json}. A refused change changes nothing.
 */
@MicronautTest
class SameFaultSameAnswerTest extends TestEnvironment {

    private static final String LISTINGS = "/api/v1/opportunities/";
    private static final String ORGANISATIONS = "/api/v1/organisations/";
    private static final List<String> CONTENT_TYPES = List.of("application/json", "application/merge-patch+json");

    @Inject
    Api api;
    @Inject
    CatalogueFixture fixture;

    UUID org;
    UUID rowingClub;
    String editor;
    String admin;

    @BeforeAll
    void anOrganisationAndItsEditor() {
        org = fixture.anAssociation("Liperin Verstas ry", "426");
        rowingClub = fixture.anAssociation("Lieksan Soutajat ry", "422");
        editor = TestTokens.v2().editor().as(fixture.editorOf(org, Person.named("Sanni Sääntö"))).sign();
        admin = TestTokens.v2().admin().as(Person.named("Aino Ylläpito")).sign();
    }

    @Test
    void aTooLongEmailAndAFourDigitPostalCodeGetTheSameAnswerOnAListingAndAnOrganisation() {
        String listing = aListing();
        String email = "e".repeat(250) + "@example.fi";
        String faults = "\"contact\":{\"email\":\"" + email + "\"},\"address\":{\"postalCode\":\"1234\"}";

        long organisationVersion = version(admin, ORGANISATIONS + org);
        ApiResponse fromListing = api.as(editor).patch(LISTINGS + listing, "{\"version\":0," + faults + "}");
        ApiResponse fromOrganisation = api.as(admin).patch(ORGANISATIONS + org,
                "{\"version\":" + organisationVersion + "," + faults + "}");

        Set<String> expected = Set.of("contact.email:INVALID_LENGTH", "address.postalCode:INVALID_VALUE");
        assertRefused(fromListing, expected);
        assertRefused(fromOrganisation, expected);
        assertEquals("75500", api.as(editor).get(LISTINGS + listing).text("address.postalCode"));
        assertEquals(organisationVersion, version(admin, ORGANISATIONS + org));
    }

    @Test
    void aPatchThatLeavesAValueOfTheWrongTypeGetsTheSameAnswerFromBothInBothMediaTypes() {
        String listing = aListing();
        long organisationVersion = version(admin, ORGANISATIONS + org);
        for (String type : CONTENT_TYPES) {
            ApiResponse fromListing = api.as(editor).header("Content-Type", type)
                    .patch(LISTINGS + listing, "{\"version\":0,\"hoursPerWeek\":{\"a\":1}}");
            ApiResponse fromOrganisation = api.as(admin).header("Content-Type", type)
                    .patch(ORGANISATIONS + org, "{\"version\":" + organisationVersion + ",\"name\":{\"a\":1}}");
            ApiResponse notAnObject = api.as(admin).header("Content-Type", type)
                    .patch(ORGANISATIONS + org, "[1,2]");

            for (ApiResponse response : List.of(fromListing, fromOrganisation, notAnObject)) {
                assertEquals(400, response.status(), type + " " + response.body());
                assertEquals("INVALID_JSON", response.text("error.code"), response.body());
            }
        }
        assertEquals(organisationVersion, version(admin, ORGANISATIONS + org));
    }

    @Test
    void nullClearsAndAbsentKeepsOnBothInBothMediaTypes() {
        String organisation = ORGANISATIONS + rowingClub;
        String listing = LISTINGS + aListing();
        for (String type : CONTENT_TYPES) {
            api.as(admin).patch(organisation, "{\"version\":" + version(admin, organisation)
                    + ",\"website\":\"https://soutajat.fi\"}");
            ApiResponse toListing = api.as(editor).header("Content-Type", type).patch(listing,
                    "{\"version\":" + version(editor, listing) + ",\"address\":null}");
            ApiResponse toOrganisation = api.as(admin).header("Content-Type", type).patch(organisation,
                    "{\"version\":" + version(admin, organisation) + ",\"website\":null}");

            assertEquals(200, toListing.status(), type + " " + toListing.body());
            assertEquals(200, toOrganisation.status(), type + " " + toOrganisation.body());
            assertNull(toListing.at("address"), toListing.body());
            assertEquals("Puutyöt", toListing.text("title.fi"));
            assertNull(toOrganisation.at("website"), toOrganisation.body());
            assertEquals("Lieksan Soutajat ry", toOrganisation.text("name"));
        }
    }

    private long version(String token, String path) {
        ApiResponse current = api.as(token).get(path);
        assertEquals(200, current.status(), current.body());
        return current.at("version").getLongValue();
    }

    private String aListing() {
        ApiResponse created = api.as(editor).post("/api/v1/opportunities",
                CatalogueFixture.aWorkTrial(org, "Puutyöt", "426"));
        assertEquals(201, created.status(), created.body());
        return created.text("id");
    }

    private static void assertRefused(ApiResponse response, Set<String> details) {
        assertEquals(422, response.status(), response.body());
        assertEquals("VALIDATION_FAILED", response.text("error.code"), response.body());
        Set<String> found = new TreeSet<>();
        for (JsonNode d : response.at("error.details").values()) {
            found.add(d.get("target").getStringValue() + ":" + d.get("code").getStringValue());
        }
        assertEquals(new TreeSet<>(details), found, response.body());
    }
}
