package fi.tarjotin.organisation;

import fi.tarjotin.support.AccessMatrix;
import fi.tarjotin.support.AccessMatrix.Actor;
import fi.tarjotin.support.Api;
import fi.tarjotin.support.ApiResponse;
import fi.tarjotin.support.CatalogueFixture;
import fi.tarjotin.support.Person;
import fi.tarjotin.support.TestEnvironment;
import fi.tarjotin.support.TestTokens;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every write on organisations, their members and municipality coordinators by every kind of caller,
 * with v1 and v2 tokens. Organisations and members: admins, and coordinators of the organisation's
 * municipality. Coordinators: admins only. A refused write changes nothing.
 */
@MicronautTest
class AdministrationAccessMatrixTest extends TestEnvironment {

    enum Action { CREATE_ORGANISATION, UPDATE_ORGANISATION, ADD_MEMBER, REMOVE_MEMBER, ADD_COORDINATOR,
        REMOVE_COORDINATOR }

    private static final Map<Action, Set<Actor>> ALLOWED = Map.of(
            Action.CREATE_ORGANISATION, Set.of(Actor.OWN_COORDINATOR, Actor.ADMIN),
            Action.UPDATE_ORGANISATION, Set.of(Actor.OWN_COORDINATOR, Actor.ADMIN),
            Action.ADD_MEMBER, Set.of(Actor.OWN_COORDINATOR, Actor.ADMIN),
            Action.REMOVE_MEMBER, Set.of(Actor.OWN_COORDINATOR, Actor.ADMIN),
            Action.ADD_COORDINATOR, Set.of(Actor.ADMIN),
            Action.REMOVE_COORDINATOR, Set.of(Actor.ADMIN));

    @Inject
    Api api;
    @Inject
    CatalogueFixture fixture;
    OrganisationFixture organisations;

    String organisationId;
    final Person admin = Person.named("Aapo Admin");
    AccessMatrix.People people;

    @BeforeAll
    void people() {
        organisations = new OrganisationFixture(api);
        organisationId = organisations.create(OrganisationFixture.anAssociation("Nurmeksen Kylät ry", "541"));
        String otherId = organisations.create(OrganisationFixture.anAssociation("Joensuun Apu ry", "167"));
        people = new AccessMatrix.People(Person.named("Lauri Lukija"),
                fixture.editorOf(java.util.UUID.fromString(organisationId), Person.named("Elli Oma")),
                fixture.editorOf(java.util.UUID.fromString(otherId), Person.named("Ville Vieras")),
                fixture.coordinatorOf("541", Person.named("Kerttu Nurmes")),
                fixture.coordinatorOf("167", Person.named("Jaakko Joensuu")), admin);
    }

    static List<Arguments> cases() {
        return AccessMatrix.cases(Action.values());
    }

    @ParameterizedTest(name = "{1} with a {2} token: {0}")
    @MethodSource("cases")
    void onlyAdminsAndTheMunicipalitysCoordinatorsAdminister(Action action, Actor actor, String version) {
        String token = people.tokenOf(actor, version);
        String adminToken = TestTokens.v2().admin().as(admin).sign();
        String orgPath = "/api/v1/organisations/" + organisationId;
        String coordinatorsPath = "/api/v1/municipalities/541/coordinators";
        String before = state(adminToken, orgPath, coordinatorsPath);

        ApiResponse response = switch (action) {
            case CREATE_ORGANISATION -> api.as(token).post("/api/v1/organisations",
                    OrganisationFixture.anAssociation("Uusi yhdistys ry", "541"));
            case UPDATE_ORGANISATION -> api.as(token).patch(orgPath, "{\"version\":"
                    + api.as(adminToken).get(orgPath).json().get("version").getLongValue()
                    + ",\"website\":\"https://kylat.example.fi\"}");
            case ADD_MEMBER -> api.as(token).post(orgPath + "/members", Person.named("Uusi Jäsen").asMemberJson());
            case REMOVE_MEMBER -> api.as(token).delete(orgPath + "/members/" + api.as(adminToken)
                    .post(orgPath + "/members", Person.named("Lähtevä Jäsen").asMemberJson()).text("id"));
            case ADD_COORDINATOR -> api.as(token).post(coordinatorsPath, Person.named("Uusi Koordinaattori")
                    .asMemberJson());
            case REMOVE_COORDINATOR -> api.as(token).delete(coordinatorsPath + "/" + api.as(adminToken)
                    .post(coordinatorsPath, Person.named("Lähtevä Koordinaattori").asMemberJson()).text("id"));
        };

        if (ALLOWED.get(action).contains(actor)) {
            assertTrue(response.status() >= 200 && response.status() < 300, response.toString());
        } else {
            assertTrue(response.status() == 403 || response.status() == 404, response.toString());
            if (action != Action.REMOVE_MEMBER && action != Action.REMOVE_COORDINATOR) {
                assertEquals(before, state(adminToken, orgPath, coordinatorsPath), "a refused write changes nothing");
            }
        }
    }

    /** What the writes could change: the organisation, its members, the coordinators and the organisations. */
    private String state(String adminToken, String orgPath, String coordinatorsPath) {
        return api.as(adminToken).get(orgPath).body() + api.as(adminToken).get(orgPath + "/members").body()
                + api.as(adminToken).get(coordinatorsPath).body()
                + api.as(adminToken).get("/api/v1/organisations?count=true&top=1").json().get("count").getLongValue();
    }
}
