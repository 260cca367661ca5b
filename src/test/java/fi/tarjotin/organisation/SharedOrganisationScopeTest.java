package fi.tarjotin.organisation;

import fi.tarjotin.support.Api;
import fi.tarjotin.support.ApiResponse;
import fi.tarjotin.support.Person;
import fi.tarjotin.support.TestEnvironment;
import fi.tarjotin.support.TestTokens;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static fi.tarjotin.organisation.OrganisationFixture.adminToken;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * An organisation that works in Joensuu (167) and Liperi (426): a member acts for it in both, so only
 * someone who coordinates both (or an admin) makes members, invites or changes it. A coordinator of
 * Joensuu alone still sees its members.
 */
@MicronautTest
class SharedOrganisationScopeTest extends TestEnvironment {

    private static final String JOENSUU = "167";
    private static final String LIPERI = "426";

    private final Person joensuuCoordinator = Person.named("Jussi Joensuu");
    private final Person regionalCoordinator = Person.named("Riitta Seutu");

    @Inject
    Api api;

    OrganisationFixture fixture;
    String shared;
    String joensuuOnly;

    @BeforeAll
    void setUp() {
        fixture = new OrganisationFixture(api);
        fixture.addCoordinator(JOENSUU, joensuuCoordinator);
        fixture.addCoordinator(JOENSUU, regionalCoordinator);
        fixture.addCoordinator(LIPERI, regionalCoordinator);
        shared = fixture.anAssociationIn("Seudullinen Työpaja ry", JOENSUU, LIPERI);
        joensuuOnly = fixture.anAssociationIn("Joensuun Oma Paja ry", JOENSUU);
    }

    private Api.Call as(Person coordinator) {
        return api.as(TestTokens.v2().coordinator().as(coordinator).sign());
    }

    private String members(String organisationId) {
        return "/api/v1/organisations/" + organisationId + "/members";
    }

    @Test
    void coordinatorOfOneMunicipalityCannotMakeThemselvesEditorOfASharedOrganisation() {
        String before = api.as(adminToken()).get(members(shared)).body();

        ApiResponse refused = as(joensuuCoordinator).post(members(shared), joensuuCoordinator.asMemberJson());

        assertEquals(403, refused.status(), refused.body());
        assertEquals("OUT_OF_SCOPE", refused.text("error.code"));
        assertEquals(before, api.as(adminToken()).get(members(shared)).body(), "nothing was added");
        assertEquals(403, api.as(TestTokens.v2().editor().as(joensuuCoordinator).sign())
                .get(members(shared)).status(), "they did not become an editor");
    }

    @Test
    void coordinatorOfOneMunicipalityCannotRemoveMembersOfASharedOrganisation() {
        String member = api.as(adminToken()).post(members(shared), Person.named("Maija Jäsen").asMemberJson())
                .text("id");

        ApiResponse refused = as(joensuuCoordinator).delete(members(shared) + "/" + member);

        assertEquals(403, refused.status(), refused.body());
        assertEquals(200, api.as(adminToken()).get(members(shared) + "/" + member).status());
    }

    @Test
    void coordinatorOfOneMunicipalityCannotInviteToASharedOrganisation() {
        ApiResponse refused = as(joensuuCoordinator).post("/api/v1/organisations/" + shared + "/invitations",
                "{\"email\":\"kutsuttu@example.fi\",\"displayName\":\"Kalle Kutsuttu\"}");

        assertEquals(403, refused.status(), refused.body());
        assertEquals(0, api.as(adminToken()).get("/api/v1/organisations/" + shared + "/invitations").items().size());
    }

    @Test
    void coordinatorOfOneMunicipalityCannotChangeASharedOrganisation() {
        String etag = api.as(adminToken()).get("/api/v1/organisations/" + shared).header("ETag").orElseThrow();

        ApiResponse refused = as(joensuuCoordinator).header("If-Match", etag)
                .patch("/api/v1/organisations/" + shared, "{\"name\":\"Joensuun Oma Työpaja ry\"}");

        assertEquals(403, refused.status(), refused.body());
        assertEquals("OUT_OF_SCOPE", refused.text("error.code"));
        assertEquals(etag, api.as(adminToken()).get("/api/v1/organisations/" + shared).header("ETag").orElseThrow());
    }

    @Test
    void coordinatorOfOneMunicipalityStillSeesTheMembersOfASharedOrganisation() {
        assertEquals(200, as(joensuuCoordinator).get(members(shared)).status());
    }

    @Test
    void coordinatorOfEveryMunicipalityOfTheOrganisationManagesItsMembers() {
        ApiResponse shared = as(regionalCoordinator).post(members(this.shared), Person.named("Seija Seutu")
                .asMemberJson());
        ApiResponse own = as(joensuuCoordinator).post(members(joensuuOnly), Person.named("Olli Oma").asMemberJson());

        assertEquals(201, shared.status(), shared.body());
        assertEquals(201, own.status(), own.body());
    }
}
