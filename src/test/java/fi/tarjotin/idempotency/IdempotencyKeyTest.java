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

import static fi.tarjotin.support.CatalogueFixture.aWorkTrial;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * An Idempotency-Key is the caller's exact text: keys that differ only in case are different keys, on SQL
 * Server's case-insensitive collation as on the case-insensitive H2 of the tests.
 */
@MicronautTest(transactional = false)
class IdempotencyKeyTest extends TestEnvironment {

    @Inject
    Api api;
    @Inject
    CatalogueFixture fixture;

    UUID kerho;
    String editor;

    @BeforeAll
    void setUp() {
        kerho = fixture.anAssociation("Juuan Nuorisokerho ry", "176");
        editor = TestTokens.v2().editor().as(fixture.editorOf(kerho, Person.named("Kalle Kerho"))).sign();
    }

    private ApiResponse create(String key, String title) {
        return api.as(editor).header("Idempotency-Key", key).post("/api/v1/opportunities", aWorkTrial(kerho, title, "176"));
    }

    @Test
    void keysThatDifferOnlyInCaseCreateTwoListings() {
        ApiResponse upper = create("Flow-Run-7", "Nuorisotalon ohjaaja");
        ApiResponse lower = create("flow-run-7", "Kerhon kokki");

        assertEquals(201, upper.status(), upper.body());
        assertEquals(201, lower.status(), lower.body());
        assertNotEquals(upper.text("id"), lower.text("id"));
    }

    @Test
    void eachKeyReplaysItsOwnListingWhateverTheCaseOfTheOther() {
        String first = create("RETRY-abc", "Pihatyöt").text("id");
        String second = create("retry-ABC", "Pihatyöt").text("id");

        assertNotEquals(first, second, "the same request under another key is another listing");
        assertEquals(first, create("RETRY-abc", "Pihatyöt").text("id"));
        assertEquals(second, create("retry-ABC", "Pihatyöt").text("id"));
        assertEquals(422, create("retry-ABC", "Jotain muuta").status(), "a reused key with another request");
    }
}
