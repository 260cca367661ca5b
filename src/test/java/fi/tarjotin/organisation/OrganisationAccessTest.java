package fi.tarjotin.organisation;

import fi.tarjotin.audit.AuditLog;
import fi.tarjotin.support.Api;
import fi.tarjotin.support.ApiResponse;
import fi.tarjotin.support.Person;
import fi.tarjotin.support.TestEnvironment;
import fi.tarjotin.support.TestTokens;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static fi.tarjotin.organisation.OrganisationFixture.aMinimalOrganisation;
import static fi.tarjotin.organisation.OrganisationFixture.adminToken;
import static fi.tarjotin.organisation.OrganisationFixture.anAssociation;
import static fi.tarjotin.organisation.OrganisationFixture.clean;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Who may create and change organisations and their members: readers, editors of their own or another
 * organisation, coordinators of their own or another municipality, admins, and applications without a user.
 * Joensuu (167) and Kitee (260) each have a coordinator and an organisation with an editor.
 */
@MicronautTest
class OrganisationAccessTest extends TestEnvironment {

    private static final String ORGANISATIONS = "/api/v1/organisations";
    private static final String JOENSUU = "167";
    private static final String KITEE = "260";

    private final Person joensuuCoordinator = Person.named("Jussi Koordinaattori");
    private final Person kiteeCoordinator = Person.named("Kirsi Koordinaattori");
    private final Person joensuuEditor = Person.named("Eeva Editori");
    private final Person kiteeEditor = Person.named("Kalle Editori");

    @Inject
    Api api;

    @Inject
    AuditLog auditLog;

    OrganisationFixture fixture;
    String joensuuOrganisation;
    String kiteeOrganisation;

    @BeforeAll
    void setUp() {
        fixture = new OrganisationFixture(api);
        fixture.addCoordinator(JOENSUU, joensuuCoordinator);
        fixture.addCoordinator(KITEE, kiteeCoordinator);
        joensuuOrganisation = fixture.anAssociationIn("Joensuun Toimintakeskus ry", JOENSUU);
        kiteeOrganisation = fixture.anAssociationIn("Kiteen Työpaja ry", KITEE);
        fixture.addMember(joensuuOrganisation, joensuuEditor);
        fixture.addMember(kiteeOrganisation, kiteeEditor);
    }

    private Api.Call reader() {
        return api.as(TestTokens.v2().sign());
    }

    private Api.Call editor(Person person) {
        return api.as(TestTokens.v1().editor().as(person).sign());
    }

    private Api.Call coordinator(Person person) {
        return api.as(TestTokens.v2().coordinator().as(person).sign());
    }

    private Api.Call coordinatorV1(Person person) {
        return api.as(TestTokens.v1().coordinator().as(person).sign());
    }

    private Api.Call admin() {
        return api.as(adminToken());
    }

    private Api.Call appOnlyAdmin() {
        return api.as(TestTokens.v2().admin().appOnly().sign());
    }

    private static void assertForbidden(ApiResponse response) {
        clean(response);
        assertEquals(403, response.status(), response.body());
    }

    private String version(String organisationId) {
        return admin().get(ORGANISATIONS + "/" + organisationId).header("ETag").orElseThrow();
    }

    private String members(String organisationId) {
        return ORGANISATIONS + "/" + organisationId + "/members";
    }

    // creating organisations

    @Test
    void readerCannotCreateOrganisations() {
        assertForbidden(reader().post(ORGANISATIONS, anAssociation("Lukijan Yhdistys ry", JOENSUU)));
    }

    @Test
    void editorCannotCreateOrganisationsEvenInTheirOwnMunicipality() {
        assertForbidden(editor(joensuuEditor).post(ORGANISATIONS, anAssociation("Editorin Yhdistys ry", JOENSUU)));
    }

    @Test
    void coordinatorCreatesOrganisationsInTheirOwnMunicipality() {
        ApiResponse created = clean(coordinator(joensuuCoordinator)
                .post(ORGANISATIONS, anAssociation("Joensuun Uusi Yhdistys ry", JOENSUU)));
        ApiResponse createdV1 = clean(coordinatorV1(joensuuCoordinator)
                .post(ORGANISATIONS, anAssociation("Joensuun Toinen Yhdistys ry", JOENSUU)));

        assertEquals(201, created.status(), created.body());
        assertEquals(201, createdV1.status(), createdV1.body());
        var history = auditLog.history("ORGANISATION", created.text("id"));
        assertEquals(joensuuCoordinator.oid().toString(), history.get(0).actor().oid());
        assertEquals(joensuuCoordinator.name(), history.get(0).actor().name());
    }

    @Test
    void coordinatorCannotCreateOrganisationsInAnotherMunicipality() {
        ApiResponse refused = coordinator(joensuuCoordinator).post(ORGANISATIONS,
                anAssociation("Kiteen Salainen Yhdistys ry", KITEE));
        ApiResponse mixed = coordinator(joensuuCoordinator).post(ORGANISATIONS,
                anAssociation("Seudullinen Yhdistys ry", JOENSUU, KITEE));

        assertForbidden(refused);
        assertEquals("OUT_OF_SCOPE", refused.text("error.code"));
        assertForbidden(mixed);
        assertEquals(List.of(), reader().get(ORGANISATIONS + "?q=salainen").ids());
    }

    @Test
    void coordinatorWithoutAnyAssignmentCannotCreateOrganisations() {
        assertForbidden(coordinator(Person.named("Uusi Koordinaattori"))
                .post(ORGANISATIONS, anAssociation("Kenenkään Yhdistys ry", JOENSUU)));
    }

    @Test
    void adminCreatesOrganisationsAnywhere() {
        assertEquals(201, admin().post(ORGANISATIONS, anAssociation("Seudun Yhdistys ry", JOENSUU, KITEE, "541"))
                .status());
        assertEquals(201, api.as(TestTokens.v1().admin().sign())
                .post(ORGANISATIONS, anAssociation("Nurmeksen Yhdistys ry", "541")).status());
    }

    @Test
    void appOnlyTokenCannotCreateOrganisationsEvenWithTheAdminRole() {
        ApiResponse refused = appOnlyAdmin().post(ORGANISATIONS, anAssociation("Robotin Yhdistys ry", JOENSUU));

        assertForbidden(refused);
        assertEquals("APP_ONLY_READS", refused.text("error.code"));
        assertEquals(200, clean(appOnlyAdmin().get(ORGANISATIONS + "/" + joensuuOrganisation)).status());
        assertEquals(200, api.as(TestTokens.v1().appOnly().sign()).get(ORGANISATIONS).status());
    }

    // changing organisations

    @Test
    void readerAndEditorsCannotChangeOrganisations() {
        String patch = "{\"name\":\"Kaapattu ry\"}";
        String etag = version(joensuuOrganisation);

        assertForbidden(reader().header("If-Match", etag).patch(ORGANISATIONS + "/" + joensuuOrganisation, patch));
        assertForbidden(editor(joensuuEditor).header("If-Match", etag)
                .patch(ORGANISATIONS + "/" + joensuuOrganisation, patch));
        assertForbidden(editor(kiteeEditor).header("If-Match", etag)
                .patch(ORGANISATIONS + "/" + joensuuOrganisation, patch));
        assertForbidden(appOnlyAdmin().header("If-Match", etag)
                .patch(ORGANISATIONS + "/" + joensuuOrganisation, patch));
        assertEquals(etag, version(joensuuOrganisation));
    }

    @Test
    void coordinatorChangesOrganisationsOfTheirOwnMunicipality() {
        String id = fixture.anAssociationIn("Joensuun Muutettava ry", JOENSUU);

        ApiResponse changed = clean(coordinator(joensuuCoordinator).header("If-Match", version(id))
                .patch(ORGANISATIONS + "/" + id, "{\"website\":\"https://muutettava.fi\"}"));

        assertEquals(200, changed.status(), changed.body());
        assertEquals("https://muutettava.fi", changed.text("website"));
    }

    @Test
    void coordinatorCannotChangeOrganisationsOfAnotherMunicipality() {
        assertForbidden(coordinator(joensuuCoordinator).header("If-Match", version(kiteeOrganisation))
                .patch(ORGANISATIONS + "/" + kiteeOrganisation, "{\"name\":\"Kaapattu ry\"}"));
    }

    @Test
    void coordinatorCannotMoveAnOrganisationIntoAnotherMunicipality() {
        String id = fixture.anAssociationIn("Joensuun Muuttava ry", JOENSUU);

        ApiResponse refused = coordinator(joensuuCoordinator).header("If-Match", version(id))
                .patch(ORGANISATIONS + "/" + id, "{\"municipalityCodes\":[\"167\",\"260\"]}");

        assertForbidden(refused);
        assertEquals("OUT_OF_SCOPE", refused.text("error.code"));
    }

    @Test
    void adminChangesAnyOrganisation() {
        String id = fixture.anAssociationIn("Kiteen Muutettava ry", KITEE);

        ApiResponse changed = clean(admin().header("If-Match", version(id))
                .patch(ORGANISATIONS + "/" + id, "{\"municipalityCodes\":[\"260\",\"848\"]}"));

        assertEquals(200, changed.status(), changed.body());
        assertEquals(2, changed.at("municipalityCodes").size());
        assertEquals(List.of(id), reader().get(ORGANISATIONS + "?municipality=848&q=muutettava").ids());
    }

    // members

    @Test
    void membersAreVisibleToTheOrganisationsEditorsItsCoordinatorsAndAdmins() {
        ApiResponse own = clean(editor(joensuuEditor).get(members(joensuuOrganisation)));
        assertEquals(200, own.status(), own.body());
        assertEquals(joensuuEditor.oid().toString(), own.items().get(0).get("oid").getStringValue());
        assertEquals("EDITOR", own.items().get(0).get("role").getStringValue());
        assertEquals(200, clean(coordinator(joensuuCoordinator).get(members(joensuuOrganisation))).status());
        assertEquals(200, clean(admin().get(members(joensuuOrganisation))).status());
    }

    @Test
    void membersAreHiddenFromReadersOtherEditorsAndOtherCoordinators() {
        assertForbidden(reader().get(members(joensuuOrganisation)));
        assertForbidden(editor(kiteeEditor).get(members(joensuuOrganisation)));
        assertForbidden(coordinator(kiteeCoordinator).get(members(joensuuOrganisation)));
        assertEquals(404, clean(admin().get(members(UUID.randomUUID().toString()))).status());
    }

    @Test
    void adminAddsAMemberWithLocationAndAuditRow() {
        String id = fixture.anAssociationIn("Jäsenellinen ry", KITEE);
        Person volunteer = Person.named("Ville Vapaaehtoinen");

        ApiResponse added = clean(admin().post(members(id), volunteer.asMemberJson()));

        assertEquals(201, added.status(), added.body());
        String memberId = added.text("id");
        assertEquals(api.uri(members(id) + "/" + memberId).toString(), added.header("Location").orElseThrow());
        assertEquals(volunteer.oid().toString(), added.text("oid"));
        assertEquals(volunteer.tenantId().toString(), added.text("tenantId"));
        assertEquals("Ville Vapaaehtoinen", added.text("displayName"));
        assertEquals(volunteer.email(), added.text("email"));
        assertEquals("EDITOR", added.text("role"));
        assertTrue(added.text("createdAt").endsWith("Z"));
        assertEquals(200, clean(admin().get(added.header("Location").orElseThrow())).status());
        var history = auditLog.history("ORGANISATION", id);
        assertEquals("MEMBER_ADDED", history.get(0).action());
        assertEquals(List.of("members[" + memberId + "]"), history.get(0).changedFields());
    }

    @Test
    void coordinatorAddsMembersInTheirOwnMunicipality() {
        ApiResponse added = clean(coordinatorV1(joensuuCoordinator)
                .post(members(joensuuOrganisation), Person.named("Maija Jäsen").asMemberJson()));

        assertEquals(201, added.status(), added.body());
    }

    @Test
    void coordinatorCannotAddMembersOutsideTheirMunicipality() {
        assertForbidden(coordinator(joensuuCoordinator)
                .post(members(kiteeOrganisation), Person.named("Ulla Ulkopuolinen").asMemberJson()));
    }

    @Test
    void editorsReadersAndApplicationsCannotAddMembers() {
        String body = Person.named("Olli Omatoiminen").asMemberJson();

        assertForbidden(editor(joensuuEditor).post(members(joensuuOrganisation), body));
        assertForbidden(editor(kiteeEditor).post(members(joensuuOrganisation), body));
        assertForbidden(reader().post(members(joensuuOrganisation), body));
        assertForbidden(appOnlyAdmin().post(members(joensuuOrganisation), body));
    }

    @Test
    void samePersonTwiceIsADuplicateMember() {
        ApiResponse again = clean(admin().post(members(joensuuOrganisation), joensuuEditor.asMemberJson()));

        assertEquals(409, again.status(), again.body());
        assertEquals("DUPLICATE_MEMBER", again.text("error.code"));
    }

    @Test
    void samePersonInAnotherTenantIsAnotherMember() {
        Person guest = Person.named("Gunilla Gäst");
        fixture.addMember(joensuuOrganisation, guest);

        ApiResponse added = clean(admin().post(members(joensuuOrganisation),
                guest.inTenant(TestTokens.FOREIGN_TENANT).asMemberJson()));

        assertEquals(201, added.status(), added.body());
    }

    @Test
    void memberWithInvalidIdsIsRefused() {
        ApiResponse refused = clean(admin().post(members(joensuuOrganisation),
                "{\"oid\":\"1-2-3-4-5\",\"tenantId\":\"tenant\",\"displayName\":\" \",\"email\":\"ei-osoite\"}"));

        assertEquals(422, refused.status(), refused.body());
        assertEquals(List.of("oid:INVALID_UUID", "tenantId:INVALID_UUID", "displayName:REQUIRED",
                "email:INVALID_EMAIL"), OrganisationApiTest.details(refused));
        assertEquals(List.of("oid:REQUIRED", "tenantId:REQUIRED", "displayName:REQUIRED"),
                OrganisationApiTest.details(admin().post(members(joensuuOrganisation), "{}")));
    }

    @Test
    void removingAMemberTakesAwayTheirEditScope() {
        Person leaving = Person.named("Lasse Lähtijä");
        ApiResponse added = admin().post(members(joensuuOrganisation), leaving.asMemberJson());
        String memberUrl = members(joensuuOrganisation) + "/" + added.text("id");
        assertEquals(200, editor(leaving).get(members(joensuuOrganisation)).status());

        assertForbidden(editor(joensuuEditor).delete(memberUrl));
        assertForbidden(coordinator(kiteeCoordinator).delete(memberUrl));
        assertForbidden(appOnlyAdmin().delete(memberUrl));
        ApiResponse removed = coordinator(joensuuCoordinator).delete(memberUrl);

        assertEquals(204, removed.status(), removed.body());
        assertEquals(404, clean(admin().delete(memberUrl)).status());
        assertForbidden(editor(leaving).get(members(joensuuOrganisation)));
        assertEquals("MEMBER_REMOVED", auditLog.history("ORGANISATION", joensuuOrganisation).get(0).action());
    }

    @Test
    void memberOfAnotherOrganisationCannotBeRemovedThroughThisOne() {
        String kiteeMember = admin().get(members(kiteeOrganisation)).ids().get(0);

        assertEquals(404, clean(admin().delete(members(joensuuOrganisation) + "/" + kiteeMember)).status());
        assertEquals(1, admin().get(members(kiteeOrganisation)).ids().size());
    }

    @Test
    void minimalOrganisationCanBeCreatedByCoordinator() {
        assertEquals(201, coordinator(kiteeCoordinator).post(ORGANISATIONS, aMinimalOrganisation("Kiteen Pieni", KITEE))
                .status());
    }
}
