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

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Many editors saving the same listing at the same moment: one wins, the rest are told, nothing is mixed. */
@MicronautTest
class ConcurrentUpdateTest extends TestEnvironment {

    private static final int EDITORS = 20;

    @Inject
    Api api;
    @Inject
    CatalogueFixture fixture;

    UUID org;
    String editor;

    @BeforeAll
    void anAssociation() {
        org = fixture.anAssociation("Kontiolahden Kylätalo ry", "276");
        editor = TestTokens.v2().editor().as(fixture.editorOf(org, Person.named("Kalle Kylä"))).sign();
    }

    @Test
    void twentySimultaneousUpdatesOfOneVersionLeaveExactlyOneWinner() throws Exception {
        String id = api.as(editor).post("/api/v1/opportunities", CatalogueFixture.aWorkTrial(org, "Kylätalon kahvio",
                "276")).text("id");
        List<Callable<ApiResponse>> updates = new ArrayList<>();
        CountDownLatch start = new CountDownLatch(1);
        for (int i = 0; i < EDITORS; i++) {
            String hours = Integer.toString(i + 1);
            updates.add(() -> {
                start.await();
                return api.as(editor).patch("/api/v1/opportunities/" + id,
                        "{\"version\":0,\"hoursPerWeek\":" + hours + ",\"title\":{\"fi\":\"Versio " + hours + "\"}}");
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(EDITORS);
        try {
            List<Future<ApiResponse>> futures = new ArrayList<>();
            for (Callable<ApiResponse> update : updates) {
                futures.add(pool.submit(update));
            }
            start.countDown();
            List<ApiResponse> responses = new ArrayList<>();
            for (Future<ApiResponse> f : futures) {
                responses.add(f.get());
            }

            List<ApiResponse> winners = responses.stream().filter(r -> r.status() == 200).toList();
            assertEquals(1, winners.size(), responses.toString());
            assertTrue(responses.stream().filter(r -> r.status() != 200).allMatch(r -> r.status() == 412),
                    responses.toString());
            ApiResponse stored = api.as(editor).get("/api/v1/opportunities/" + id);
            assertEquals(1, stored.json().get("version").getIntValue());
            assertEquals(winners.get(0).text("title.fi"), stored.text("title.fi"));
            assertEquals(winners.get(0).json().get("hoursPerWeek").getValue().toString(),
                    stored.json().get("hoursPerWeek").getValue().toString(), "the winner's whole change, not a mix");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void placesTakenConcurrentlyNeverDriveCapacityBelowZero() throws Exception {
        String id = api.as(editor).post("/api/v1/opportunities", CatalogueFixture.aWorkTrial(org, "Kolme paikkaa",
                "276").replace("\"capacityAvailable\":2", "\"capacityAvailable\":3")).text("id");
        ExecutorService pool = Executors.newFixedThreadPool(EDITORS);
        try {
            List<Future<Integer>> takers = new ArrayList<>();
            CountDownLatch start = new CountDownLatch(1);
            for (int i = 0; i < EDITORS; i++) {
                takers.add(pool.submit(() -> {
                    start.await();
                    // A coach's app taking one place: read, decrement, retry on a version conflict.
                    for (int attempt = 0; attempt < 100; attempt++) {
                        ApiResponse current = api.as(editor).get("/api/v1/opportunities/" + id);
                        int available = current.json().get("capacityAvailable").getIntValue();
                        if (available == 0) {
                            return 0;
                        }
                        ApiResponse taken = api.as(editor).patch("/api/v1/opportunities/" + id, "{\"version\":"
                                + current.json().get("version").getLongValue() + ",\"capacityAvailable\":"
                                + (available - 1) + "}");
                        if (taken.status() == 200) {
                            return 1;
                        }
                        assertEquals(412, taken.status(), taken.body());
                    }
                    return 0;
                }));
            }
            start.countDown();
            int placesTaken = 0;
            for (Future<Integer> taker : takers) {
                placesTaken += taker.get();
            }
            assertEquals(3, placesTaken);
            assertEquals(0, api.as(editor).get("/api/v1/opportunities/" + id).json().get("capacityAvailable")
                    .getIntValue());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void capacityCannotGoBelowZeroNorAboveTheTotal() {
        String id = api.as(editor).post("/api/v1/opportunities", CatalogueFixture.aWorkTrial(org, "Pihatyöt", "276"))
                .text("id");
        ApiResponse negative = api.as(editor).patch("/api/v1/opportunities/" + id, "{\"version\":0,\"capacityAvailable\":-1}");
        assertEquals(422, negative.status());
        assertEquals("capacityAvailable", negative.text("error.target"));
        assertEquals(422, api.as(editor).patch("/api/v1/opportunities/" + id,
                "{\"version\":0,\"capacityAvailable\":4}").status());
        assertEquals(2, api.as(editor).get("/api/v1/opportunities/" + id).json().get("capacityAvailable").getIntValue());
    }
}
