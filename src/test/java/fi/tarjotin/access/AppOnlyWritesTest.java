package fi.tarjotin.access;

import fi.tarjotin.support.Api;
import fi.tarjotin.support.ApiResponse;
import fi.tarjotin.support.CatalogueFixture;
import fi.tarjotin.support.Person;
import fi.tarjotin.support.TestEnvironment;
import fi.tarjotin.support.TestTokens;
import io.micronaut.http.HttpMethod;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static fi.tarjotin.support.CatalogueFixture.aWorkTrial;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An application calling without a user only reads, whatever roles it was given: every write route of the
 * API, taken from the router so that none can be left out, answers 403 APP_ONLY_READS before it looks up
 * what the path names, and changes nothing.
 */
@MicronautTest
class AppOnlyWritesTest extends TestEnvironment {

    private static final Set<HttpMethod> WRITES = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH,
            HttpMethod.DELETE);
    private static final Pattern VARIABLE = Pattern.compile("\\{([^}?:]+)[^}]*}");
    private static final String FLOW =
            "https://prod-23.northeurope.logic.azure.com:443/workflows/5a2b3c/triggers/manual/paths/invoke";

    @Inject
    Api api;
    @Inject
    CatalogueFixture fixture;
    @Inject
    Router router;

    final Person admin = Person.named("Aino Ylläpitäjä");
    String listing;
    String subscription;

    @BeforeAll
    void aListingAndASubscriptionExist() {
        UUID organisation = fixture.anAssociation("Nurmeksen Nuotta ry", "541");
        Person editor = fixture.editorOf(organisation, Person.named("Eero Editori"));
        ApiResponse created = api.as(TestTokens.v2().as(editor).editor().sign())
                .post("/api/v1/opportunities", aWorkTrial(organisation, "Työkokeilu kahvilassa", "541"));
        assertEquals(201, created.status(), created.body());
        listing = created.text("id");
        ApiResponse subscribed = asAdmin().post("/api/v1/subscriptions/opportunity-published",
                "{\"notificationUrl\":\"" + FLOW + "\"}");
        assertEquals(201, subscribed.status(), subscribed.body());
        subscription = subscribed.text("id");
    }

    @Test
    void anAppOnlyTokenWithTheAdminRoleIsRefusedOnEveryWriteRouteAndChangesNothing() {
        List<String[]> writes = router.uriRoutes()
                .filter(r -> WRITES.contains(r.getHttpMethod()))
                .map(r -> new String[]{r.getHttpMethod().name(), r.getUriMatchTemplate().toString()})
                .filter(r -> r[1].startsWith("/api/"))
                .toList();
        assertTrue(writes.size() >= 25, writes.size() + " write routes");
        assertTrue(writes.stream().anyMatch(w -> w[0].equals("DELETE") && w[1].equals("/api/v1/subscriptions/{id}")));
        String before = state();

        for (String version : List.of("v1", "v2")) {
            String token = (version.equals("v1") ? TestTokens.v1() : TestTokens.v2()).appOnly().admin().sign();
            for (String[] write : writes) {
                for (String path : List.of(expand(write[1], null), expand(write[1], UUID.randomUUID().toString()))) {
                    ApiResponse refused = api.as(token).send(write[0], path, write[0].equals("DELETE") ? null : "{}");
                    assertEquals(403, refused.status(), version + " " + write[0] + " " + path + ": " + refused.body());
                    assertEquals("APP_ONLY_READS", refused.text("error.code"), write[0] + " " + path);
                }
            }
        }

        assertEquals(before, state());
    }

    @Test
    void anAppOnlyTokenCannotUnsubscribeAnyFlowNotEvenOneThatDoesNotExist() {
        String token = TestTokens.v2().appOnly().admin().sign();

        for (String id : List.of(subscription, UUID.randomUUID().toString(), "not-an-id")) {
            ApiResponse refused = api.as(token).delete("/api/v1/subscriptions/" + id);
            assertEquals(403, refused.status(), refused.body());
            assertEquals("APP_ONLY_READS", refused.text("error.code"));
        }
        assertEquals(200, asAdmin().get("/api/v1/subscriptions/" + subscription).status());
    }

    /** Fills the path's variables with the ids of real records, or with the given made-up value. */
    private String expand(String template, String madeUp) {
        Matcher variable = VARIABLE.matcher(template.replaceAll("\\{\\?[^}]*}", ""));
        StringBuilder path = new StringBuilder();
        while (variable.find()) {
            String value = madeUp != null ? madeUp : switch (variable.group(1)) {
                case "code" -> "541";
                case "name" -> "CREATE_GROUP";
                default -> template.startsWith("/api/v1/subscriptions") ? subscription : listing;
            };
            variable.appendReplacement(path, Matcher.quoteReplacement(value));
        }
        variable.appendTail(path);
        return path.toString();
    }

    /** What an admin sees of the records and the audit trail. */
    private String state() {
        return asAdmin().get("/api/v1/opportunities/" + listing).body()
                + asAdmin().get("/api/v1/subscriptions/" + subscription).body()
                + asAdmin().get("/api/v1/admin/audit?top=500").body()
                + asAdmin().get("/api/v1/municipalities").body();
    }

    private Api.Call asAdmin() {
        return api.as(TestTokens.v2().as(admin).admin().sign());
    }
}
