package fi.tarjotin.opportunity;

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
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every write on listings by every kind of caller, with v1 and v2 tokens: editors of the owning
 * organisation, coordinators of its municipality and admins may; readers, other organisations' editors,
 * other municipalities' coordinators and app-only tokens may not, and their attempt changes nothing.
 */
@MicronautTest
class OpportunityAccessMatrixTest extends TestEnvironment {

    private static final String BASE = "/api/v1/opportunities";

    enum Action { CREATE, UPDATE, PUBLISH, CLOSE, REOPEN, ARCHIVE, DELETE, HISTORY }

    private static final Set<Actor> ALLOWED = Set.of(Actor.OWN_EDITOR, Actor.OWN_COORDINATOR, Actor.ADMIN);

    @Inject
    Api api;
    @Inject
    CatalogueFixture fixture;

    UUID ownOrganisation;
    final Person admin = Person.named("Anna Admin");
    AccessMatrix.People people;

    @BeforeAll
    void organisationsAndPeople() {
        ownOrganisation = fixture.anAssociation("Nurmeksen Työttömät ry", "541");
        UUID otherOrganisation = fixture.anAssociation("Kiteen Kierrätys ry", "260");
        people = new AccessMatrix.People(Person.named("Riku Lukija"),
                fixture.editorOf(ownOrganisation, Person.named("Oona Oma")),
                fixture.editorOf(otherOrganisation, Person.named("Veikko Vieras")),
                fixture.coordinatorOf("541", Person.named("Kaisa Koordinaattori")),
                fixture.coordinatorOf("167", Person.named("Jussi Joensuu")), admin);
    }

    static List<Arguments> cases() {
        return AccessMatrix.cases(Action.values());
    }

    @ParameterizedTest(name = "{1} with a {2} token: {0}")
    @MethodSource("cases")
    void onlyTheOwnOrganisationItsMunicipalitysCoordinatorAndAdminsMayWrite(Action action, Actor actor, String version) {
        String token = people.tokenOf(actor, version);
        String adminToken = TestTokens.v2().admin().as(admin).sign();
        String id = action == Action.CREATE ? null : listingReadyFor(action, adminToken);
        long versionBefore = id == null ? -1 : version(adminToken, id);

        ApiResponse response = switch (action) {
            case CREATE -> api.as(token).post(BASE, CatalogueFixture.aWorkTrial(ownOrganisation, "Uusi", "541"));
            case UPDATE -> api.as(token).patch(BASE + "/" + id,
                    "{\"version\":" + versionBefore + ",\"hoursPerWeek\":12.5}");
            case PUBLISH -> api.as(token).post(BASE + "/" + id + "/publish", null);
            case CLOSE -> api.as(token).post(BASE + "/" + id + "/close", null);
            case REOPEN -> api.as(token).post(BASE + "/" + id + "/reopen", null);
            case ARCHIVE -> api.as(token).post(BASE + "/" + id + "/archive", null);
            case DELETE -> api.as(token).delete(BASE + "/" + id);
            case HISTORY -> api.as(token).get(BASE + "/" + id + "/history");
        };

        // History is a read: an application with the Admin role may read it, never write.
        boolean allowed = ALLOWED.contains(actor) || (action == Action.HISTORY && actor == Actor.APP_ONLY);
        if (allowed) {
            assertTrue(response.status() >= 200 && response.status() < 300, response.toString());
        } else {
            assertTrue(response.status() == 403 || response.status() == 404, response.toString());
            assertTrue(response.text("error.code").matches("FORBIDDEN|NOT_FOUND|APP_ONLY_READS|OUT_OF_SCOPE"),
                    response.body());
            if (id != null) {
                assertEquals(versionBefore, version(adminToken, id), "a refused write changes nothing");
            }
        }
    }

    /** A listing of the own organisation in the status the action starts from. */
    private String listingReadyFor(Action action, String adminToken) {
        String id = api.as(adminToken).post(BASE, CatalogueFixture.aWorkTrial(ownOrganisation, "Valmis", "541"))
                .text("id");
        Function<String, ApiResponse> step = verb -> api.as(adminToken).post(BASE + "/" + id + "/" + verb, null);
        switch (action) {
            case CLOSE, ARCHIVE, HISTORY -> step.apply("publish");
            case REOPEN -> {
                step.apply("publish");
                step.apply("close");
            }
            default -> {
                // UPDATE, PUBLISH and DELETE start from a draft
            }
        }
        return id;
    }

    private long version(String adminToken, String id) {
        ApiResponse response = api.as(adminToken).get(BASE + "/" + id);
        return response.status() == 404 ? -1 : response.json().get("version").getLongValue();
    }
}
