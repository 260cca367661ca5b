package fi.tarjotin.idempotency;

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

import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Power Automate retries a create that timed out with the same Idempotency-Key: adding a member, a coordinator,
 * a municipality or inviting an editor then answers what the first request answered, and the same key with
 * another body is refused, as creating a listing or an organisation does.
 */
@MicronautTest(transactional = false)
class AdministrationRetryTest extends TestEnvironment {

    @Inject
    Api api;
    @Inject
    CatalogueFixture fixture;

    UUID kerho;
    String admin;

    @BeforeAll
    void setUp() {
        kerho = fixture.anAssociation("Outokummun Shakkikerho ry", "309");
        admin = TestTokens.v2().as(Person.named("Aino Ylläpitäjä")).admin().sign();
    }

    private ApiResponse post(String key, String path, String body) {
        return api.as(admin).header("Idempotency-Key", key).post(path, body);
    }

    private void aRetryAnswersTheFirstAndAnotherBodyIsRefused(String path, String body, String otherBody, String id) {
        String key = "flow-" + UUID.randomUUID();
        ApiResponse first = post(key, path, body);
        ApiResponse retry = post(key, path, body);
        ApiResponse other = post(key, path, otherBody);

        assertEquals(first.status(), retry.status(), retry.body());
        assertEquals(first.text(id), retry.text(id), retry.body());
        assertEquals("true", retry.header("Idempotent-Replayed").orElse(null));
        assertEquals(422, other.status(), other.body());
        assertEquals("IDEMPOTENCY_KEY_REUSED", other.text("error.details.0.code"), other.body());
        assertEquals("Idempotency-Key", other.text("error.details.0.target"));
    }

    @Test
    void addingAMemberTwiceWithOneKeyAddsThemOnce() {
        aRetryAnswersTheFirstAndAnotherBodyIsRefused("/api/v1/organisations/" + kerho + "/members",
                Person.named("Kerttu Kerho").asMemberJson(), Person.named("Keijo Kerho").asMemberJson(), "id");
    }

    @Test
    void addingACoordinatorTwiceWithOneKeyAddsThemOnce() {
        aRetryAnswersTheFirstAndAnotherBodyIsRefused("/api/v1/municipalities/309/coordinators",
                Person.named("Kaija Koordinaattori").asMemberJson(), Person.named("Kalle Koordinaattori").asMemberJson(),
                "id");
    }

    @Test
    void addingAMunicipalityTwiceWithOneKeyAddsItOnce() {
        aRetryAnswersTheFirstAndAnotherBodyIsRefused("/api/v1/admin/municipalities",
                """
                {"code":"935","name":{"fi":"Uusikunta"},"regionCode":"12","population":10}""",
                """
                {"code":"936","name":{"fi":"Toinenkunta"},"regionCode":"12","population":10}""", "code");
    }

    @Test
    void invitingTwiceWithOneKeyInvitesOnce() {
        aRetryAnswersTheFirstAndAnotherBodyIsRefused("/api/v1/organisations/" + kerho + "/invitations",
                "{\"email\":\"vieras@example.fi\",\"displayName\":\"Vieras\"}",
                "{\"email\":\"toinen@example.fi\",\"displayName\":\"Toinen\"}", "id");
    }
}
