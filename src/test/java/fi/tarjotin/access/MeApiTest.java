package fi.tarjotin.access;

import fi.tarjotin.organisation.OrganisationFixture;
import fi.tarjotin.support.Api;
import fi.tarjotin.support.ApiResponse;
import fi.tarjotin.support.Json;
import fi.tarjotin.support.Person;
import fi.tarjotin.support.TestEnvironment;
import fi.tarjotin.support.TestTokens;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static fi.tarjotin.organisation.OrganisationFixture.clean;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest
class MeApiTest extends TestEnvironment {

    private static final List<String> PERMISSIONS = List.of("canReadPublished", "canCreateOpportunities",
            "canCurateMunicipalities", "canManageOrganisations", "canManageMembers", "canAdminister");

    private final Person editor = Person.named("Eija Editori");
    private final Person coordinator = Person.named("Kari Koordinaattori");

    @Inject
    Api api;

    String organisation;

    @BeforeAll
    void setUp() {
        OrganisationFixture fixture = new OrganisationFixture(api);
        organisation = fixture.anAssociationIn("Rääkkylän Ratas ry", "707");
        fixture.addMember(organisation, editor);
        fixture.addCoordinator("707", coordinator);
    }

    private ApiResponse me(String token) {
        ApiResponse response = clean(api.as(token).get("/api/v1/me"));
        assertEquals(200, response.status(), response.body());
        return response;
    }

    private static Map<String, Boolean> permissions(ApiResponse me) {
        Map<String, Boolean> found = new LinkedHashMap<>();
        PERMISSIONS.forEach(p -> found.put(p, me.at("permissions." + p).getBooleanValue()));
        return found;
    }

    private static Map<String, Boolean> allowed(String... granted) {
        Map<String, Boolean> expected = new LinkedHashMap<>();
        PERMISSIONS.forEach(p -> expected.put(p, p.equals("canReadPublished") || List.of(granted).contains(p)));
        return expected;
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.values().forEach(v -> values.add(v.getStringValue()));
        return values;
    }

    @Test
    void readerMayOnlyReadPublishedListings() {
        Person reader = Person.named("Lea Lukija");

        ApiResponse me = me(TestTokens.v2().as(reader).sign());

        assertEquals(reader.oid().toString(), me.text("oid"));
        assertEquals(TestTokens.HOME_TENANT.toString(), me.text("tenantId"));
        assertEquals("Lea Lukija", me.text("name"));
        assertEquals(reader.email(), me.text("username"));
        assertEquals(List.of(), strings(me.at("roles")));
        assertFalse(me.at("appOnly").getBooleanValue());
        assertEquals(0, me.at("organisations").size());
        assertEquals(0, me.at("municipalities").size());
        assertEquals(allowed(), permissions(me));
    }

    @Test
    void editorSeesTheirOrganisationAndMayCreateListings() {
        ApiResponse me = me(TestTokens.v1().editor().as(editor).sign());

        assertEquals(List.of("Tarjotin.Editor"), strings(me.at("roles")));
        assertEquals(editor.email(), me.text("username"));
        assertEquals(organisation, me.text("organisations.0.id"));
        assertEquals("Rääkkylän Ratas ry", me.text("organisations.0.name"));
        assertEquals(allowed("canCreateOpportunities"), permissions(me));
    }

    @Test
    void anEditorsOrganisationsComeInFinnishAlphabeticalOrder() {
        Person member = Person.named("Monta Jäsenyyttä");
        OrganisationFixture fixture = new OrganisationFixture(api);
        for (String name : List.of("Öljy ry", "Zeta ry", "aalto ry", "Ähtärin Seura ry", "Bravo ry")) {
            fixture.addMember(fixture.anAssociationIn(name, "707"), member);
        }

        ApiResponse me = me(TestTokens.v2().editor().as(member).sign());

        assertEquals(List.of("aalto ry", "Bravo ry", "Zeta ry", "Ähtärin Seura ry", "Öljy ry"),
                Json.list(me.at("organisations")).stream().map(o -> o.get("name").getStringValue()).toList());
    }

    @Test
    void editorWithoutAnyMembershipCannotCreateListings() {
        ApiResponse me = me(TestTokens.v2().editor().as(Person.named("Uusi Editori")).sign());

        assertEquals(0, me.at("organisations").size());
        assertEquals(allowed(), permissions(me));
    }

    @Test
    void memberWithoutTheEditorRoleHasNoOrganisationInScope() {
        ApiResponse me = me(TestTokens.v2().as(editor).sign());

        assertEquals(0, me.at("organisations").size());
        assertEquals(allowed(), permissions(me));
    }

    @Test
    void coordinatorSeesTheirMunicipalityAndMayCurateIt() {
        ApiResponse me = me(TestTokens.v2().coordinator().as(coordinator).sign());

        assertEquals(List.of("Tarjotin.Coordinator"), strings(me.at("roles")));
        assertEquals("707", me.text("municipalities.0.code"));
        assertEquals("Rääkkylä", me.text("municipalities.0.name.fi"));
        assertEquals(allowed("canCreateOpportunities", "canCurateMunicipalities", "canManageOrganisations",
                "canManageMembers"), permissions(me));
    }

    @Test
    void coordinatorWithoutAnyMunicipalityMayOnlyRead() {
        ApiResponse me = me(TestTokens.v1().coordinator().as(Person.named("Odottava Koordinaattori")).sign());

        assertEquals(0, me.at("municipalities").size());
        assertEquals(allowed(), permissions(me));
    }

    @Test
    void adminMayDoEverything() {
        ApiResponse me = me(TestTokens.v1().admin().editor().sign());

        assertEquals(List.of("Tarjotin.Admin", "Tarjotin.Editor"), strings(me.at("roles")));
        assertEquals(allowed(PERMISSIONS.toArray(String[]::new)), permissions(me));
    }

    @Test
    void applicationWithoutUserMayOnlyReadWhateverItsRoles() {
        ApiResponse me = me(TestTokens.v2().appOnly().admin().coordinator().sign());

        assertTrue(me.at("appOnly").getBooleanValue());
        assertNull(me.at("name"));
        assertNull(me.at("username"));
        assertEquals(List.of("Tarjotin.Admin", "Tarjotin.Coordinator"), strings(me.at("roles")));
        assertEquals(allowed(), permissions(me));
    }

    @Test
    void signInIsRequired() {
        assertEquals(401, api.anonymous().get("/api/v1/me").status());
    }
}
