package fi.tarjotin.audit;

import fi.tarjotin.support.Api;
import fi.tarjotin.support.ApiResponse;
import fi.tarjotin.support.Person;
import fi.tarjotin.support.TestEnvironment;
import fi.tarjotin.support.TestTokens;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The audit log's filters are checked as the API definition declares them, each fault naming its parameter. */
@MicronautTest(transactional = false)
class AuditFiltersTest extends TestEnvironment {

    @Inject
    Api api;

    private ApiResponse audit(String query) {
        return api.as(TestTokens.v2().admin().as(Person.named("Aino Admin")).sign()).get("/api/v1/admin/audit?" + query);
    }

    @Test
    void aRecordTypeOrIdLongerThanTheDefinitionAllowsIsRefusedNamingIt() {
        ApiResponse type = audit("entityType=" + "T".repeat(41));
        ApiResponse id = audit("entityId=" + "1".repeat(101));

        assertEquals(400, type.status(), type.body());
        assertEquals("entityType", type.text("error.target"));
        assertEquals(400, id.status(), id.body());
        assertEquals("entityId", id.text("error.target"));
        assertEquals(200, audit("entityType=" + "T".repeat(40) + "&entityId=" + "1".repeat(100)).status());
    }

    @Test
    void aPageSizeOrMomentOutOfItsRangeIsRefusedNamingIt() {
        assertEquals("top", audit("top=501").text("error.target"));
        assertEquals("top", audit("top=0").text("error.target"));
        assertEquals("from", audit("from=yesterday").text("error.target"));
        assertEquals("INVALID_DATE", audit("to=2026-13-01T00:00:00Z").text("error.code"));
    }
}
