package fi.tarjotin.reliability;

import fi.tarjotin.support.CatalogueFixture;
import fi.tarjotin.support.PackagedService;
import fi.tarjotin.support.Person;
import fi.tarjotin.support.TestTokens;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code kill -9} in the middle of a stream of writes, then a restart on the same H2 file: every write that
 * was answered 2xx is there, and the database opens cleanly.
 */
class CrashRecoveryIT {

    private static final int WRITERS = 4;
    private static final int WRITES_BEFORE_CRASH = 60;

    private final JsonMapper json = JsonMapper.createDefault();

    @Test
    void everyAcknowledgedWriteSurvivesAKill() throws Exception {
        try (PackagedService service = PackagedService.startOnEmptyDatabase("crash-recovery")) {
            String admin = TestTokens.v2().admin().as(Person.named("Kalle Kaatuja")).sign();
            HttpResponse<String> org = service.call("POST", "/api/v1/organisations", admin,
                    "{\"name\":\"Kaatumattomat ry\",\"kind\":\"ASSOCIATION\",\"municipalityCodes\":[\"167\"]}");
            assertEquals(201, org.statusCode(), org.body());
            UUID organisationId = UUID.fromString(json.readValue(org.body(), JsonNode.class).get("id").getStringValue());

            List<String> acknowledged = Collections.synchronizedList(new ArrayList<>());
            AtomicBoolean crashed = new AtomicBoolean();
            ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
            List<Future<?>> running = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                int writer = w;
                running.add(writers.submit(() -> {
                    for (int i = 0; !crashed.get(); i++) {
                        try {
                            HttpResponse<String> created = service.call("POST", "/api/v1/opportunities", admin,
                                    CatalogueFixture.aWorkTrial(organisationId, "Kirjoitus " + writer + "-" + i, "167"));
                            if (created.statusCode() / 100 == 2) {
                                acknowledged.add(json.readValue(created.body(), JsonNode.class).get("id")
                                        .getStringValue());
                            }
                        } catch (Exception connectionLostInTheCrash) {
                            return;
                        }
                    }
                }));
            }
            while (acknowledged.size() < WRITES_BEFORE_CRASH) {
                Thread.onSpinWait();
            }
            service.crash();
            crashed.set(true);
            for (Future<?> writer : running) {
                writer.get();
            }
            writers.shutdown();

            service.start();
            List<String> missing = new ArrayList<>();
            for (String id : List.copyOf(acknowledged)) {
                if (service.call("GET", "/api/v1/opportunities/" + id, admin, null).statusCode() != 200) {
                    missing.add(id);
                }
            }
            assertTrue(missing.isEmpty(), missing.size() + " of " + acknowledged.size() + " acknowledged writes lost");
        }
    }
}
