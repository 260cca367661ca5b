package fi.tarjotin.publicsite;

import fi.tarjotin.support.Api;
import fi.tarjotin.support.ApiResponse;
import fi.tarjotin.support.CatalogueFixture;
import fi.tarjotin.support.Person;
import fi.tarjotin.support.TestTokens;
import io.micronaut.data.jdbc.runtime.JdbcOperations;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A small catalogue for the public pages: in Nurmes (541) two published listings, one of them with a title
 * that tries to run a script, and a draft; in Joensuu (167) one published listing. Nurmes registered two
 * web sites that may frame its page; Joensuu none.
 */
final class PublicCatalogue {

    static final String SCRIPT_TITLE = "<script>alert(1)</script> Puutyö";
    static final String CONTACT_NAME = "Maija Meikäläinen";
    static final String EDITOR_NAME = "Paula Paja";

    final UUID organisation;
    final String kahvila;
    final String puutyo;
    final String draft;
    final String joensuu;

    private PublicCatalogue(UUID organisation, String kahvila, String puutyo, String draft, String joensuu) {
        this.organisation = organisation;
        this.kahvila = kahvila;
        this.puutyo = puutyo;
        this.draft = draft;
        this.joensuu = joensuu;
    }

    static PublicCatalogue create(Api api, CatalogueFixture fixture, JdbcOperations jdbc) {
        UUID org = fixture.anAssociation("Pielisen Työpaja ry", "541", "167");
        String editor = TestTokens.v2().editor().as(fixture.editorOf(org, Person.named(EDITOR_NAME))).sign();
        String kahvila = publish(api, editor, CatalogueFixture.aWorkTrial(org, "Kahvilatyö Nurmeksessa", "541")
                .replace("\"role\":\"Työvalmentaja\"", "\"role\":\"Työvalmentaja\",\"name\":\"" + CONTACT_NAME + "\""));
        String puutyo = publish(api, editor, """
                {"organisationId":"%s","type":"REHABILITATIVE_WORK","title":{"fi":"%s"},
                 "summary":{"fi":"Huonekalujen kunnostusta verstaalla <b>rauhassa</b>."},
                 "description":{"fi":"Verstaalla kunnostetaan huonekaluja.\\n<img src=x onerror=alert(2)>"},
                 "municipalityCodes":["541"],"targetGroups":["YOUTH"],"languages":["fi"],"deliveryMode":"ONSITE",
                 "capacityTotal":4,"capacityAvailable":4,"contact":{"role":"Verstasohjaaja","phone":"013 123 4567"}}"""
                .formatted(org, SCRIPT_TITLE.replace("\"", "\\\"")));
        ApiResponse draft = api.as(editor).post("/api/v1/opportunities",
                CatalogueFixture.aWorkTrial(org, "Luonnos, ei vielä julkinen", "541"));
        assertEquals(201, draft.status(), draft.body());
        String joensuu = publish(api, editor, CatalogueFixture.aWorkTrial(org, "Joensuun kierrätyskeskus", "167"));
        for (String origin : new String[] {"https://www.nurmes.fi", "https://tyollisyys.nurmes.fi:8443"}) {
            jdbc.execute(c -> {
                try (var s = c.prepareStatement("INSERT INTO municipality_website_origin "
                        + "(municipality_code, origin, created_at) VALUES ('541', ?, ?)")) {
                    s.setString(1, origin);
                    s.setTimestamp(2, Timestamp.from(Instant.now()));
                    return s.executeUpdate();
                }
            });
        }
        return new PublicCatalogue(org, kahvila, puutyo, draft.text("id"), joensuu);
    }

    private static String publish(Api api, String editor, String body) {
        ApiResponse created = api.as(editor).post("/api/v1/opportunities", body);
        assertEquals(201, created.status(), created.body());
        String id = created.text("id");
        assertEquals(200, api.as(editor).post("/api/v1/opportunities/" + id + "/publish", null).status());
        return id;
    }
}
