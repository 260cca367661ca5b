package fi.tarjotin.organisation;

import fi.tarjotin.support.Api;
import fi.tarjotin.support.ApiResponse;
import fi.tarjotin.support.CatalogueFixture;
import fi.tarjotin.support.Person;
import fi.tarjotin.support.TestEnvironment;
import fi.tarjotin.support.TestTokens;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static fi.tarjotin.organisation.OrganisationFixture.adminToken;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Control characters never reach storage, whatever the record: one in an organisation's name would make
 * the municipality's Atom feed invalid XML. One-line fields turn tabs and line breaks into a space.
 */
@MicronautTest
class ControlCharactersTest extends TestEnvironment {

    private static final String ATOM = "http://www.w3.org/2005/Atom";

    @Inject
    Api api;

    @Test
    void organisationTextIsStoredWithoutControlCharactersAndTheAtomFeedStaysXml() throws Exception {
        ApiResponse created = api.as(adminToken()).post("/api/v1/organisations", """
                {"name":"Rääkkylän\\u0001 Kylä\\u007fpaja\\u0085 ry","kind":"ASSOCIATION",
                 "municipalityCodes":["707"],
                 "description":{"fi":"Rivi yksi\\nrivi\\u0002 kaksi"},
                 "contact":{"email":"paja@example.fi\\u0000","phone":"+358 40 765\\u001b 4321"},
                 "address":{"street":"Kirkko\\u0008tie\\t1","postOffice":"Rääkkylä\\r\\n"}}""");
        assertEquals(201, created.status(), created.body());
        String id = created.text("id");

        ApiResponse stored = api.as(adminToken()).get("/api/v1/organisations/" + id);
        assertEquals("Rääkkylän Kyläpaja ry", stored.text("name"));
        assertEquals("Rivi yksi\nrivi kaksi", stored.text("description.fi"));
        assertEquals("paja@example.fi", stored.text("contact.email"));
        assertEquals("+358 40 765 4321", stored.text("contact.phone"));
        assertEquals("Kirkkotie 1", stored.text("address.street"));
        assertEquals("Rääkkylä", stored.text("address.postOffice"));

        String listing = api.as(adminToken()).post("/api/v1/opportunities",
                CatalogueFixture.aWorkTrial(UUID.fromString(id), "Kyläpajan työkokeilu", "707")).text("id");
        assertEquals(200, api.as(adminToken()).post("/api/v1/opportunities/" + listing + "/publish", null).status());
        ApiResponse feed = api.anonymous().get("/public/v1/municipalities/707/opportunities.atom?lang=fi");
        assertEquals(200, feed.status(), feed.body());
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document xml = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(feed.body().getBytes(StandardCharsets.UTF_8)));
        Element entry = (Element) xml.getDocumentElement().getElementsByTagNameNS(ATOM, "entry").item(0);
        assertEquals("Rääkkylän Kyläpaja ry", ((Element) entry.getElementsByTagNameNS(ATOM, "author").item(0))
                .getElementsByTagNameNS(ATOM, "name").item(0).getTextContent());
    }

    @Test
    void listingAddressAndContactAreStoredWithoutControlCharacters() {
        String organisation = new OrganisationFixture(api).anAssociationIn("Rääkkylän Osoitteet ry", "707");
        String body = CatalogueFixture.aWorkTrial(UUID.fromString(organisation), "Osoitteellinen\\u0001", "707")
                .replace("Kirkkokatu 12", "Kirkko\\u0001katu\\n12")
                .replace("\"role\":\"Työvalmentaja\"",
                        "\"role\":\"Työ\\u0085valmentaja\",\"name\":\"Vilja\\u0000 Valmentaja\"");

        ApiResponse created = api.as(adminToken()).post("/api/v1/opportunities", body);

        assertEquals(201, created.status(), created.body());
        assertEquals("Osoitteellinen", created.text("title.fi"));
        assertEquals("Kirkkokatu 12", created.text("address.street"));
        assertEquals("Työvalmentaja", created.text("contact.role"));
        assertEquals("Vilja Valmentaja", created.text("contact.name"));
    }

    @Test
    void memberAndCoordinatorNamesAreStoredWithoutControlCharacters() {
        String organisation = new OrganisationFixture(api).anAssociationIn("Rääkkylän Jäsenet ry", "707");
        Person person = Person.named("Mikko");
        String body = "{\"oid\":\"" + person.oid() + "\",\"tenantId\":\"" + person.tenantId()
                + "\",\"displayName\":\"Mikko\\u0007\\tMäki\\u009b\",\"email\":\"mikko.maki@example.fi\\u0001\"}";

        ApiResponse member = api.as(adminToken()).post("/api/v1/organisations/" + organisation + "/members", body);
        ApiResponse coordinator = api.as(adminToken()).post("/api/v1/municipalities/707/coordinators", body);

        assertEquals(201, member.status(), member.body());
        assertEquals("Mikko Mäki", member.text("displayName"));
        assertEquals("mikko.maki@example.fi", member.text("email"));
        assertEquals(201, coordinator.status(), coordinator.body());
        assertEquals("Mikko Mäki", coordinator.text("displayName"));
    }

    @Test
    void invitationsAndMunicipalitiesAreStoredWithoutControlCharacters() {
        String organisation = new OrganisationFixture(api).anAssociationIn("Rääkkylän Kutsujat ry", "707");

        ApiResponse invited = api.as(adminToken()).post("/api/v1/organisations/" + organisation + "/invitations",
                "{\"email\":\"\\u0001kutsu@example.fi\",\"displayName\":\"Kaisa\\u0000 Kutsuttu\\u001f\"}");
        ApiResponse municipality = api.as(adminToken()).post("/api/v1/admin/municipalities",
                "{\"code\":\"999\",\"name\":{\"fi\":\"Koe\\u0001kunta\\n\"},\"regionCode\":\"12\",\"population\":1}");

        assertEquals(202, invited.status(), invited.body());
        assertEquals("Kaisa Kutsuttu", invited.text("displayName"));
        assertEquals("kutsu@example.fi", invited.text("email"));
        assertEquals(201, municipality.status(), municipality.body());
        assertEquals("Koekunta", municipality.text("name.fi"));
    }

    @Test
    void theNameOfTheCallerIsAuditedWithoutControlCharacters() {
        Person admin = new Person(UUID.randomUUID(), TestTokens.HOME_TENANT, "Anna\u0001 Ylläpitäjä\u009f",
                "anna.yllapitaja@example.fi");

        String id = api.as(TestTokens.v2().admin().as(admin).sign()).post("/api/v1/organisations",
                OrganisationFixture.aMinimalOrganisation("Rääkkylän Tarkastus", "707")).text("id");

        ApiResponse audit = api.as(adminToken()).get("/api/v1/admin/audit?entityType=ORGANISATION&entityId=" + id);
        assertEquals("Anna Ylläpitäjä", audit.items().get(0).get("actor").get("name").getStringValue());
    }
}
