package fi.tarjotin.audit;

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

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The audit trail names the fields that were stored differently, never keys a client made up. */
@MicronautTest
class AuditedFieldsTest extends TestEnvironment {

    @Inject
    Api api;
    @Inject
    CatalogueFixture fixture;

    UUID organisation;
    String editor;
    String admin;

    @BeforeAll
    void anAssociation() {
        organisation = fixture.anAssociation("Polvijärven Nuoret ry", "607");
        editor = TestTokens.v1().editor().as(fixture.editorOf(organisation, Person.named("Niina Nuori"))).sign();
        admin = TestTokens.v2().admin().as(Person.named("Aino Admin")).sign();
    }

    @Test
    void unknownKeysInAListingPatchAreNotAuditedAsChangedFields() {
        String id = api.as(editor).post("/api/v1/opportunities",
                CatalogueFixture.aWorkTrial(organisation, "Nuorisotalo", "607")).text("id");

        ApiResponse patched = api.as(editor).patch("/api/v1/opportunities/" + id,
                "{\"version\":0,\"bogus\":1,\"<script>\":\"x\",\"title\":{\"fi\":\"Nuorisotalon kahvio\",\"xx\":2}}");

        assertEquals(200, patched.status(), patched.body());
        ApiResponse history = api.as(editor).get("/api/v1/opportunities/" + id + "/history");
        assertEquals("UPDATED", history.items().get(0).get("action").getStringValue());
        assertEquals(List.of("title"), strings(history.items().get(0).get("changedFields")));
    }

    @Test
    void unknownKeysInAnOrganisationPatchAreNotAuditedAsChangedFields() {
        String id = api.as(admin).post("/api/v1/organisations",
                "{\"name\":\"Polvijärven Kylät ry\",\"kind\":\"ASSOCIATION\",\"municipalityCodes\":[\"607\"]}")
                .text("id");

        ApiResponse patched = api.as(admin).patch("/api/v1/organisations/" + id,
                "{\"version\":0,\"bogus\":1,\"name\":\"Polvijärven Kylät ja Nuoret ry\"}");

        assertEquals(200, patched.status(), patched.body());
        ApiResponse audit = api.as(admin).get("/api/v1/admin/audit?entityType=ORGANISATION&entityId=" + id);
        assertEquals("UPDATED", audit.items().get(0).get("action").getStringValue());
        assertEquals(List.of("name"), strings(audit.items().get(0).get("changedFields")));
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.values().forEach(v -> values.add(v.getStringValue()));
        return values;
    }
}
