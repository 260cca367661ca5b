package fi.tarjotin.opportunity;

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

import static fi.tarjotin.support.CatalogueFixture.aWorkTrial;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Where a listing may be offered and for whom. Joensuu (167) has a coordinator and an organisation with an
 * editor; Liperi (426) has an organisation of its own; a regional organisation works in both.
 */
@MicronautTest
class ListingScopeTest extends TestEnvironment {

    private static final String BASE = "/api/v1/opportunities";
    private static final String JOENSUU = "167";
    private static final String LIPERI = "426";
    private static final String KITEE = "260";

    @Inject
    Api api;
    @Inject
    CatalogueFixture fixture;

    UUID joensuuOrganisation;
    UUID liperiOrganisation;
    UUID kiteeOrganisation;
    UUID regionalOrganisation;
    UUID otherJoensuuOrganisation;
    String joensuuCoordinator;
    String joensuuEditor;
    String admin;

    @BeforeAll
    void organisationsAndPeople() {
        joensuuOrganisation = fixture.anAssociation("Joensuun Työkeskus ry", JOENSUU);
        liperiOrganisation = fixture.anAssociation("Liperin Nuorisoseura ry", LIPERI);
        kiteeOrganisation = fixture.anAssociation("Kiteen Kierrätys ry", KITEE);
        regionalOrganisation = fixture.anAssociation("Seudun Apu ry", JOENSUU, LIPERI);
        otherJoensuuOrganisation = fixture.anAssociation("Joensuun Kylätalo ry", JOENSUU);
        joensuuCoordinator = TestTokens.v2().coordinator()
                .as(fixture.coordinatorOf(JOENSUU, Person.named("Jussi Joensuu"))).sign();
        joensuuEditor = TestTokens.v1().editor()
                .as(fixture.editorOf(joensuuOrganisation, Person.named("Eeva Työkeskus"))).sign();
        admin = TestTokens.v2().admin().as(Person.named("Anna Admin")).sign();
    }

    @Test
    void coordinatorCannotCreateAListingForAnOrganisationOfAnotherMunicipality() {
        ApiResponse refused = api.as(joensuuCoordinator).post(BASE,
                aWorkTrial(liperiOrganisation, "Salakuljetettu", JOENSUU, LIPERI));

        assertEquals(403, refused.status(), refused.body());
        assertEquals("OUT_OF_SCOPE", refused.text("error.code"));
        assertEquals(0, count("?organisation=" + liperiOrganisation), "nothing was created");
        assertEquals(List.of(), api.anonymous().get("/public/v1/municipalities/" + LIPERI + "/opportunities").ids());
    }

    @Test
    void coordinatorCannotOfferAListingInAMunicipalityTheyDoNotCoordinate() {
        ApiResponse created = api.as(joensuuCoordinator).post(BASE, aWorkTrial(regionalOrganisation, "Seudun työ", JOENSUU));
        ApiResponse refused = api.as(joensuuCoordinator).post(BASE,
                aWorkTrial(regionalOrganisation, "Seudun toinen työ", JOENSUU, LIPERI));
        ApiResponse widened = api.as(joensuuCoordinator).patch(BASE + "/" + created.text("id"),
                "{\"version\":0,\"municipalityCodes\":[\"167\",\"426\"]}");

        assertEquals(201, created.status(), "the coordinator's own municipality: " + created.body());
        assertEquals(403, refused.status(), refused.body());
        assertEquals(403, widened.status(), widened.body());
        assertEquals("OUT_OF_SCOPE", widened.text("error.code"));
        assertEquals(0, version(created.text("id")), "a refused change changes nothing");
    }

    @Test
    void coordinatorCannotRepointAListingToAnOrganisationOutsideTheirMunicipalities() {
        String id = api.as(joensuuCoordinator).post(BASE, aWorkTrial(joensuuOrganisation, "Oma työ", JOENSUU))
                .text("id");

        ApiResponse refused = api.as(joensuuCoordinator).patch(BASE + "/" + id,
                "{\"version\":0,\"organisationId\":\"" + liperiOrganisation + "\"}");

        assertEquals(403, refused.status(), refused.body());
        assertEquals("OUT_OF_SCOPE", refused.text("error.code"));
        assertEquals(joensuuOrganisation.toString(), api.as(admin).get(BASE + "/" + id).text("organisationId"));
    }

    @Test
    void coordinatorCannotTakeAListingOutOfAMunicipalityTheyDoNotCoordinate() {
        String id = api.as(admin).post(BASE, aWorkTrial(regionalOrganisation, "Seudun talkoot", JOENSUU, LIPERI)).text("id");

        ApiResponse refused = api.as(joensuuCoordinator).patch(BASE + "/" + id,
                "{\"version\":0,\"municipalityCodes\":[\"167\"]}");

        assertEquals(403, refused.status(), refused.body());
        assertEquals(0, version(id));
    }

    @Test
    void editorCannotOfferAListingOutsideTheirOrganisationsAndPartnersMunicipalities() {
        ApiResponse refused = api.as(joensuuEditor).post(BASE,
                aWorkTrial(joensuuOrganisation, "Kauas tarjottu", JOENSUU, KITEE));
        String id = api.as(joensuuEditor).post(BASE, aWorkTrial(joensuuOrganisation, "Lähellä", JOENSUU)).text("id");
        ApiResponse widened = api.as(joensuuEditor).patch(BASE + "/" + id,
                "{\"version\":0,\"municipalityCodes\":[\"167\",\"260\"]}");

        assertEquals(403, refused.status(), refused.body());
        assertEquals("OUT_OF_SCOPE", refused.text("error.code"));
        assertEquals(403, widened.status(), widened.body());
        assertEquals(0, version(id));
    }

    @Test
    void editorCannotMoveTheirListingToAnOrganisationTheyDoNotEditFor() {
        String id = api.as(joensuuEditor).post(BASE, aWorkTrial(joensuuOrganisation, "Siirrettävä", JOENSUU))
                .text("id");

        ApiResponse refused = api.as(joensuuEditor).patch(BASE + "/" + id,
                "{\"version\":0,\"organisationId\":\"" + kiteeOrganisation + "\",\"municipalityCodes\":[\"260\"]}");

        assertEquals(403, refused.status(), refused.body());
        assertEquals(0, version(id));
    }

    @Test
    void editorOffersAListingInTheMunicipalitiesOfTheirOrganisationAndOfItsPartners() {
        ApiResponse own = api.as(joensuuEditor).post(BASE, aWorkTrial(joensuuOrganisation, "Omassa kunnassa", JOENSUU));
        ApiResponse withPartner = api.as(joensuuEditor).post(BASE, withPartner(
                aWorkTrial(joensuuOrganisation, "Kumppanin kanssa", JOENSUU, KITEE), kiteeOrganisation));

        assertEquals(201, own.status(), own.body());
        assertEquals(201, withPartner.status(), withPartner.body());
        ApiResponse widened = api.as(joensuuEditor).patch(BASE + "/" + own.text("id"), "{\"version\":0,"
                + "\"partnerOrganisationIds\":[\"" + kiteeOrganisation + "\"],\"municipalityCodes\":[\"167\",\"260\"]}");
        assertEquals(200, widened.status(), widened.body());
    }

    @Test
    void coordinatorActsForOrganisationsOfTheirOwnMunicipality() {
        ApiResponse created = api.as(joensuuCoordinator).post(BASE,
                aWorkTrial(joensuuOrganisation, "Koordinaattorin työ", JOENSUU));

        assertEquals(201, created.status(), created.body());
        ApiResponse moved = api.as(joensuuCoordinator).patch(BASE + "/" + created.text("id"),
                "{\"version\":0,\"organisationId\":\"" + otherJoensuuOrganisation + "\"}");
        assertEquals(200, moved.status(), moved.body());
    }

    @Test
    void adminPlacesListingsAnywhere() {
        ApiResponse created = api.as(admin).post(BASE, aWorkTrial(liperiOrganisation, "Minne vain", LIPERI, KITEE));

        assertEquals(201, created.status(), created.body());
        ApiResponse moved = api.as(admin).patch(BASE + "/" + created.text("id"), "{\"version\":0,\"organisationId\":\""
                + kiteeOrganisation + "\",\"municipalityCodes\":[\"541\"]}");
        assertEquals(200, moved.status(), moved.body());
    }

    private long count(String query) {
        return api.as(admin).get(BASE + query + "&count=true").json().get("count").getLongValue();
    }

    private long version(String id) {
        return api.as(admin).get(BASE + "/" + id).json().get("version").getLongValue();
    }

    private static String withPartner(String listing, UUID partner) {
        return listing.replaceFirst("\\{", "{\"partnerOrganisationIds\":[\"" + partner + "\"],");
    }
}
