package fi.tarjotin.organisation;

import fi.tarjotin.audit.AuditLog;
import fi.tarjotin.support.Api;
import fi.tarjotin.support.ApiResponse;
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

import static fi.tarjotin.organisation.OrganisationFixture.aBusinessId;
import static fi.tarjotin.organisation.OrganisationFixture.aMinimalOrganisation;
import static fi.tarjotin.organisation.OrganisationFixture.adminToken;
import static fi.tarjotin.organisation.OrganisationFixture.anAssociation;
import static fi.tarjotin.organisation.OrganisationFixture.clean;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest
class OrganisationApiTest extends TestEnvironment {

    private static final String ORGANISATIONS = "/api/v1/organisations";

    @Inject
    Api api;

    @Inject
    AuditLog auditLog;

    OrganisationFixture fixture;

    @BeforeAll
    void setUp() {
        fixture = new OrganisationFixture(api);
    }

    private Api.Call admin() {
        return api.as(adminToken());
    }

    private Api.Call reader() {
        return api.as(TestTokens.v1().sign());
    }

    @Test
    void adminCreatesAnOrganisationAndGetsItsLocationVersionAndNormalisedIds() {
        String body = """
                {"name":"  Joensuun Työllisyysyhdistys ry ","kind":"ASSOCIATION","businessId":"201256-6",
                 "associationRegisterNumber":"123.456","municipalityCodes":["426","167"],
                 "description":{"fi":"Työkokeiluja","en":"Work trials"},
                 "contact":{"email":"info@tyollisyys.fi","phone":"013 123 456"},
                 "website":"https://tyollisyys.fi","address":{"street":"Siltakatu 1","postalCode":"80100",
                 "postOffice":"Joensuu"}}""";

        ApiResponse created = clean(admin().post(ORGANISATIONS, body));

        assertEquals(201, created.status(), created.body());
        String id = created.text("id");
        assertEquals(api.uri(ORGANISATIONS + "/" + id).toString(), created.header("Location").orElseThrow());
        assertEquals("\"0\"", created.header("ETag").orElseThrow());
        assertEquals(0, created.at("version").getIntValue());
        assertEquals("Joensuun Työllisyysyhdistys ry", created.text("name"));
        assertEquals("ASSOCIATION", created.text("kind"));
        assertEquals("0201256-6", created.text("businessId"));
        assertEquals("123456", created.text("associationRegisterNumber"));
        assertEquals(List.of("167", "426"), strings(created.at("municipalityCodes")));
        assertEquals("Work trials", created.text("description.en"));
        assertNull(created.at("description.sv"));
        assertEquals("info@tyollisyys.fi", created.text("contact.email"));
        assertEquals("80100", created.text("address.postalCode"));
        assertTrue(created.text("createdAt").endsWith("Z"));
        assertEquals(created.text("createdAt"), created.text("updatedAt"));
    }

    @Test
    void retriedCreateWithTheSameIdempotencyKeyMakesOneOrganisation() {
        String body = anAssociation("Rääkkylän Kyläyhdistys ry", "707");
        ApiResponse first = admin().header("Idempotency-Key", "onboarding-707").post(ORGANISATIONS, body);
        ApiResponse retry = admin().header("Idempotency-Key", "onboarding-707").post(ORGANISATIONS, body);

        assertEquals(201, first.status(), first.body());
        assertEquals(201, retry.status(), retry.body());
        assertEquals(first.text("id"), retry.text("id"));
        assertEquals(422, admin().header("Idempotency-Key", "onboarding-707")
                .post(ORGANISATIONS, anAssociation("Toinen ry", "707")).status());
    }

    @Test
    void anyReaderReadsAnOrganisationWithItsEtag() {
        String id = fixture.create(anAssociation("Lieksan Lähimmäiset ry", "422"));

        ApiResponse read = clean(reader().get(ORGANISATIONS + "/" + id));

        assertEquals(200, read.status(), read.body());
        assertEquals("Lieksan Lähimmäiset ry", read.text("name"));
        assertEquals("\"0\"", read.header("ETag").orElseThrow());
        assertEquals("no-store", read.header("Cache-Control").orElse(""));
    }

    @Test
    void minimalOrganisationLeavesOutEverythingItDoesNotHave() {
        ApiResponse created = clean(admin().post(ORGANISATIONS, aMinimalOrganisation("Kylätoimikunta", "707")));

        assertEquals(201, created.status(), created.body());
        for (String absent : List.of("businessId", "associationRegisterNumber", "description", "contact", "website",
                "address")) {
            assertNull(created.at(absent), absent);
        }
    }

    @Test
    void unknownOrganisationIsNotFound() {
        assertEquals("NOT_FOUND", clean(reader().get(ORGANISATIONS + "/" + UUID.randomUUID())).text("error.code"));
        assertEquals(404, clean(admin().patch(ORGANISATIONS + "/" + UUID.randomUUID(), "{\"version\":1}")).status());
    }

    @Test
    void invalidOrganisationIsRefusedWithEveryBrokenFieldNamed() {
        String body = """
                {"name":" ","kind":"ASSOCIATION","businessId":"1234567-2","associationRegisterNumber":"12.34",
                 "municipalityCodes":["999","167","167"],"description":{"fi":"%s"},
                 "contact":{"email":"not-an-address","phone":"call me"},"website":"ftp://files.example.fi",
                 "address":{"postalCode":"8010"}}""".formatted("x".repeat(2001));

        ApiResponse refused = clean(admin().header("Accept-Language", "en").post(ORGANISATIONS, body));

        assertEquals(422, refused.status(), refused.body());
        assertEquals("VALIDATION_FAILED", refused.text("error.code"));
        assertEquals(List.of("name:REQUIRED", "businessId:INVALID_BUSINESS_ID",
                "associationRegisterNumber:INVALID_REGISTER_NUMBER", "municipalityCodes[0]:UNKNOWN_MUNICIPALITY",
                "municipalityCodes[2]:DUPLICATE_MUNICIPALITY", "description.fi:INVALID_LENGTH",
                "contact.email:INVALID_EMAIL", "contact.phone:INVALID_PHONE", "website:INVALID_URL",
                "address.postalCode:INVALID_VALUE"), details(refused));
        assertTrue(refused.at("error.details.0.message").getStringValue().length() > 5);
    }

    @Test
    void missingKindAndMunicipalitiesAndUnknownKindAreRefused() {
        ApiResponse missing = clean(admin().post(ORGANISATIONS, "{\"name\":\"Yhdistys\"}"));
        assertEquals(List.of("kind:REQUIRED", "municipalityCodes:REQUIRED"), details(missing));

        ApiResponse unknownKind = clean(admin().post(ORGANISATIONS,
                "{\"name\":\"Yhdistys\",\"kind\":\"CLUB\",\"municipalityCodes\":[\"167\"]}"));
        assertEquals(422, unknownKind.status());
        assertEquals("kind", unknownKind.text("error.target"));
    }

    @Test
    void namesAndTextsLongerThanTheirColumnsAreRefused() {
        String body = """
                {"name":"%s","kind":"OTHER","municipalityCodes":["167"],"website":"https://%s.fi",
                 "contact":{"email":"%s@example.fi"},"address":{"street":"%s","postOffice":"%s"}}"""
                .formatted("n".repeat(201), "w".repeat(500), "e".repeat(250), "s".repeat(201), "p".repeat(101));

        ApiResponse refused = clean(admin().post(ORGANISATIONS, body));

        assertEquals(List.of("name:INVALID_LENGTH", "contact.email:INVALID_LENGTH", "website:INVALID_LENGTH",
                "address.street:INVALID_LENGTH", "address.postOffice:INVALID_LENGTH"), details(refused));
    }

    @Test
    void businessIdAlreadyUsedByAnotherOrganisationIsAConflict() {
        String businessId = aBusinessId();
        String first = aMinimalOrganisation("Ensimmäinen ry", "167").replace("{", "{\"businessId\":\"" + businessId + "\",");
        fixture.create(first);

        ApiResponse second = clean(admin().post(ORGANISATIONS,
                aMinimalOrganisation("Toinen ry", "167").replace("{", "{\"businessId\":\"" + businessId + "\",")));

        assertEquals(409, second.status(), second.body());
        assertEquals("DUPLICATE_BUSINESS_ID", second.text("error.code"));
        assertEquals("businessId", second.text("error.target"));

        String otherId = fixture.create(anAssociation("Kolmas ry", "167"));
        ApiResponse patched = clean(admin().header("If-Match", "\"0\"").patch(ORGANISATIONS + "/" + otherId,
                "{\"businessId\":\"" + businessId + "\"}"));
        assertEquals(409, patched.status(), patched.body());
    }

    @Test
    void patchChangesOnlyTheFieldsItNamesAndMovesTheVersionOn() {
        String id = fixture.create(anAssociation("Kiteen Kylätalo ry", "260"));
        ApiResponse before = admin().get(ORGANISATIONS + "/" + id);

        ApiResponse patched = clean(admin().header("If-Match", before.header("ETag").orElseThrow())
                .patch(ORGANISATIONS + "/" + id, "{\"name\":\"Kiteen Kyläkeskus ry\",\"contact\":{\"phone\":\"0401234567\"}}"));

        assertEquals(200, patched.status(), patched.body());
        assertEquals("\"1\"", patched.header("ETag").orElseThrow());
        assertEquals(1, patched.at("version").getIntValue());
        assertEquals("Kiteen Kyläkeskus ry", patched.text("name"));
        assertEquals("0401234567", patched.text("contact.phone"));
        assertEquals("toimisto@yhdistys.fi", patched.text("contact.email"));
        assertEquals(before.text("businessId"), patched.text("businessId"));
        assertEquals(before.text("description.fi"), patched.text("description.fi"));
        assertEquals(before.text("createdAt"), patched.text("createdAt"));

        var history = auditLog.history("ORGANISATION", id);
        assertEquals("UPDATED", history.get(0).action());
        assertEquals(List.of("name", "contact.phone"), history.get(0).changedFields());
        assertEquals(ADMIN_OID, history.get(0).actor().oid());
        assertEquals("CREATED", history.get(1).action());
    }

    private static final String ADMIN_OID = OrganisationFixture.ADMIN.oid().toString();

    @Test
    void patchWithNullClearsAFieldAndAcceptsTheVersionInTheBody() {
        String id = fixture.create(anAssociation("Outokummun Seurakuntayhtymä", "309"));

        ApiResponse patched = clean(admin().patch(ORGANISATIONS + "/" + id,
                "{\"version\":0,\"kind\":\"PARISH\",\"website\":null,\"address\":null,\"description\":{\"sv\":null}}"));

        assertEquals(200, patched.status(), patched.body());
        assertEquals("PARISH", patched.text("kind"));
        assertNull(patched.at("website"));
        assertNull(patched.at("address"));
        assertNull(patched.at("description.sv"));
        assertEquals("Työkokeiluja ja vapaaehtoistyötä", patched.text("description.fi"));
    }

    @Test
    void staleVersionIsRefusedAndNothingIsWritten() {
        String id = fixture.create(anAssociation("Nurmeksen Nuoret ry", "541"));
        assertEquals(200, admin().header("If-Match", "\"0\"").patch(ORGANISATIONS + "/" + id,
                "{\"name\":\"Nurmeksen Nuoret ry (uusi)\"}").status());

        ApiResponse stale = clean(admin().header("If-Match", "\"0\"").patch(ORGANISATIONS + "/" + id,
                "{\"name\":\"Vanha tieto\"}"));
        ApiResponse staleInBody = clean(admin().patch(ORGANISATIONS + "/" + id,
                "{\"version\":0,\"name\":\"Vanha tieto\"}"));

        assertEquals(412, stale.status(), stale.body());
        assertEquals("VERSION_CONFLICT", stale.text("error.code"));
        assertEquals(412, staleInBody.status());
        ApiResponse current = admin().get(ORGANISATIONS + "/" + id);
        assertEquals("Nurmeksen Nuoret ry (uusi)", current.text("name"));
        assertEquals(1, current.at("version").getIntValue());
        assertEquals(2, auditLog.history("ORGANISATION", id).size());
    }

    @Test
    void patchAcceptsTheMergePatchMediaType() throws Exception {
        String id = fixture.create(anAssociation("Kontiolahden Kanootti ry", "276"));
        var request = java.net.http.HttpRequest.newBuilder(api.uri(ORGANISATIONS + "/" + id))
                .method("PATCH", java.net.http.HttpRequest.BodyPublishers.ofString("{\"website\":null}"))
                .header("Content-Type", "application/merge-patch+json").header("If-Match", "\"0\"")
                .header("Authorization", "Bearer " + adminToken()).build();

        var response = java.net.http.HttpClient.newHttpClient().send(request,
                java.net.http.HttpResponse.BodyHandlers.ofString());

        assertEquals(200, response.statusCode(), response.body());
        assertNull(admin().get(ORGANISATIONS + "/" + id).at("website"));
    }

    @Test
    void anUnreadableIdInThePathIs400InvalidIdNamingTheParameter() {
        String member = ORGANISATIONS + "/" + fixture.create(anAssociation("Liperin Lukupiiri ry", "309")) + "/members/";
        for (ApiResponse response : List.of(admin().get(ORGANISATIONS + "/abc"),
                admin().header("If-Match", "\"0\"").patch(ORGANISATIONS + "/abc", "{\"name\":\"Uusi\"}"))) {
            assertInvalidId(response, "id");
        }
        assertInvalidId(admin().get(ORGANISATIONS + "/abc/members"), "organisationId");
        assertInvalidId(admin().get(member + "abc"), "memberId");
        assertInvalidId(admin().delete(member + "abc"), "memberId");
        assertInvalidId(admin().delete(ORGANISATIONS + "/abc/members/" + UUID.randomUUID()), "organisationId");
        assertInvalidId(admin().get(ORGANISATIONS + "/abc/invitations"), "organisationId");
        assertInvalidId(admin().get(ORGANISATIONS + "/" + UUID.randomUUID() + "/invitations/abc"), "invitationId");
    }

    @Test
    void aWellFormedButUnknownIdIsStillNotFound() {
        assertEquals(404, admin().get(ORGANISATIONS + "/" + UUID.randomUUID()).status());
        assertEquals(404, admin().header("If-Match", "\"0\"").patch(ORGANISATIONS + "/" + UUID.randomUUID(),
                "{\"name\":\"Uusi\"}").status());
        String id = fixture.create(anAssociation("Polvijärven Posti ry", "607"));
        assertEquals(404, admin().get(ORGANISATIONS + "/" + id + "/members/" + UUID.randomUUID()).status());
        assertEquals(404, admin().delete(ORGANISATIONS + "/" + id + "/members/" + UUID.randomUUID()).status());
    }

    private static void assertInvalidId(ApiResponse response, String parameter) {
        assertEquals(400, response.status(), response.body());
        assertEquals("INVALID_ID", response.text("error.code"), response.body());
        assertEquals(parameter, response.text("error.target"), response.body());
    }

    @Test
    void patchWithoutAnyVersionIsRefused() {
        String id = fixture.create(anAssociation("Juuan Jousi ry", "176"));

        ApiResponse refused = clean(admin().patch(ORGANISATIONS + "/" + id, "{\"name\":\"Juuan Jousi\"}"));

        assertEquals(428, refused.status(), refused.body());
        assertEquals("VERSION_REQUIRED", refused.text("error.code"));
    }

    @Test
    void patchIsCheckedByTheSameRulesAsCreate() {
        String id = fixture.create(anAssociation("Polvijärven Pirtti ry", "607"));

        ApiResponse refused = clean(admin().header("If-Match", "\"0\"").patch(ORGANISATIONS + "/" + id,
                "{\"name\":null,\"businessId\":\"1234567-2\",\"municipalityCodes\":[\"000\"]}"));

        assertEquals(422, refused.status(), refused.body());
        assertEquals(List.of("name:REQUIRED", "businessId:INVALID_BUSINESS_ID",
                "municipalityCodes[0]:UNKNOWN_MUNICIPALITY"), details(refused));
        assertEquals(0, admin().get(ORGANISATIONS + "/" + id).at("version").getIntValue());
    }

    @Test
    void renamedOrganisationIsFoundByItsNewNameOnly() {
        String id = fixture.create(aMinimalOrganisation("Ilomantsin Ikkuna ry", "146"));
        admin().header("If-Match", "\"0\"").patch(ORGANISATIONS + "/" + id, "{\"name\":\"Ilomantsin Ovi ry\"}");

        assertEquals(List.of(id), reader().get(ORGANISATIONS + "?q=ovi&municipality=146").ids());
        assertEquals(List.of(), reader().get(ORGANISATIONS + "?q=ikkuna&municipality=146").ids());
    }

    @Test
    void searchFiltersByMunicipalityKindAndNameIgnoringCaseAndAccents() {
        String association = fixture.create(aMinimalOrganisation("Heinäveden Käsityöläiset ry", "090"));
        String foundation = fixture.create(aMinimalOrganisation("Heinäveden Säätiö", "090")
                .replace("OTHER", "FOUNDATION"));
        fixture.create(aMinimalOrganisation("Kontiolahden Käsityöläiset ry", "276"));

        assertEquals(List.of(association, foundation), reader().get(ORGANISATIONS + "?municipality=090").ids());
        assertEquals(List.of(foundation), reader().get(ORGANISATIONS + "?municipality=090&kind=FOUNDATION").ids());
        assertEquals(List.of(association), reader().get(ORGANISATIONS + "?municipality=090&q=KASITYO").ids());
        assertEquals(2, reader().get(ORGANISATIONS + "?q=k%C3%A4sity%C3%B6l%C3%A4iset").ids().size());
        assertEquals(List.of(), reader().get(ORGANISATIONS + "?q=%25").ids());
        assertEquals(List.of(), reader().get(ORGANISATIONS + "?q=_").ids());
    }

    @Test
    void listPagesByNameThenIdWithAnAbsoluteNextLinkAndACount() {
        List<String> names = List.of("Tohmajärven Apu ry", "tohmajärven Bändi ry", "Tohmajärven Ääni ry",
                "Tohmajärven Cafe ry", "Tohmajärven Apu ry");
        names.forEach(name -> fixture.create(aMinimalOrganisation(name, "848")));

        List<String> seen = new ArrayList<>();
        List<String> seenIds = new ArrayList<>();
        String link = ORGANISATIONS + "?municipality=848&top=2&count=true";
        int pages = 0;
        while (link != null) {
            ApiResponse page = clean(api.as(TestTokens.v2().sign()).get(link));
            assertEquals(200, page.status(), page.body());
            assertEquals(5, page.at("count").getIntValue());
            page.items().forEach(i -> seen.add(i.get("name").getStringValue()));
            seenIds.addAll(page.ids());
            JsonNode next = page.at("nextLink");
            link = next == null ? null : next.getStringValue();
            assertTrue(link == null || link.startsWith("http://"), link);
            pages++;
        }

        assertEquals(3, pages);
        // in Finnish order: case does not count, ä comes after z, so Ääni comes after Cafe
        assertEquals(List.of("Tohmajärven Apu ry", "Tohmajärven Apu ry", "tohmajärven Bändi ry",
                "Tohmajärven Cafe ry", "Tohmajärven Ääni ry"), seen);
        assertEquals(5, seenIds.stream().distinct().count());
    }

    @Test
    void listLeavesOutCountAndNextLinkUnlessThereIsOne() {
        ApiResponse page = clean(reader().get(ORGANISATIONS + "?municipality=146&q=ei-ketaan"));

        assertEquals(200, page.status());
        assertEquals("{\"value\":[]}", page.body());
    }

    @Test
    void badListParametersAreRefused() {
        assertEquals("top", clean(reader().get(ORGANISATIONS + "?top=0")).text("error.target"));
        assertEquals(400, reader().get(ORGANISATIONS + "?top=501").status());
        assertEquals("INVALID_CURSOR", clean(reader().get(ORGANISATIONS + "?cursor=bm9wZQ")).text("error.code"));
        assertEquals(400, reader().get(ORGANISATIONS + "?kind=CLUB").status());
        assertEquals(400, reader().get(ORGANISATIONS + "?municipality=1").status());
        assertEquals(200, reader().get(ORGANISATIONS + "?top=500").status());
    }

    @Test
    void auditRecordsWhoCreatedAnOrganisationAndWhichFields() {
        String id = fixture.create(anAssociation("Liperin Liikunta ry", "426"));

        var history = auditLog.history("ORGANISATION", id);

        assertEquals(1, history.size());
        assertEquals("CREATED", history.get(0).action());
        assertEquals(ADMIN_OID, history.get(0).actor().oid());
        assertTrue(history.get(0).changedFields().containsAll(List.of("name", "businessId", "municipalityCodes")));
    }

    static List<String> details(ApiResponse response) {
        List<String> found = new ArrayList<>();
        JsonNode details = response.at("error.details");
        if (details != null) {
            details.values().forEach(d -> found.add(d.get("target").getStringValue() + ":"
                    + d.get("code").getStringValue()));
        }
        return found;
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.values().forEach(v -> values.add(v.getStringValue()));
        return values;
    }

    @Test
    void noResponseContainsNullValues() {
        String id = fixture.create(aMinimalOrganisation("Tyhjä ry", "167"));
        assertFalse(clean(reader().get(ORGANISATIONS + "/" + id)).body().contains(":null"));
    }
}
