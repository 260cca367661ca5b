package fi.tarjotin.importing;

import fi.tarjotin.support.Api;
import fi.tarjotin.support.ApiResponse;
import fi.tarjotin.support.CatalogueFixture;
import fi.tarjotin.support.Json;
import fi.tarjotin.support.Person;
import fi.tarjotin.support.TestEnvironment;
import fi.tarjotin.support.TestTokens;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Importing a municipality's catalogue from the CSV exported from the PowerApps data. */
@MicronautTest(transactional = false)
class CatalogueImportTest extends TestEnvironment {

    private static final String IMPORTS = "/api/v1/admin/municipalities/607/imports";

    // As Excel saves "CSV UTF-8" in a Finnish locale: BOM, semicolons, Finnish dates and decimal commas.
    private static final String CSV = "\uFEFF" + """
            ID;Organisation;BusinessId;Type;Title;Summary;TargetGroups;Languages;ValidFrom;ValidTo;HoursPerWeek;CapacityTotal;CapacityAvailable;ContactRole;ContactEmail
            101;Polvijärven Kotiseutuyhdistys ry;;Työkokeilu;Museon opastaja;Opastusta kesämuseossa;Pitkäaikaistyöttömät|Nuoret (alle 30 v.);fi|en;1.6.2026;31.8.2026;20,5;2;2;Puheenjohtaja;museo@example.fi
            102;Polvijärven Kotiseutuyhdistys ry;;VOLUNTEERING;"Talkoolainen; kesäjuhlat";"Järjestelyt ""Polvijärvi-päivillä""\";EVERYONE;fi;2026-07-01;2026-07-31;;10;10;Sihteeri;juhlat@example.fi
            103;Polvijärven Urheilijat ry;;Lumityöt;Kentän kunnostus;;;;1.12.2026;;;;;;ei-osoite
            104;Polvijärven Urheilijat ry;;WORK_TRIAL;;Huoltotehtävät;;;31.2.2026;;;;;;
            105;;;WORK_TRIAL;Nimetön;;;;;;;;;;
            """;

    @Inject
    Api api;

    @Inject
    CatalogueFixture fixture;

    private static String admin() {
        return TestTokens.v2().as(Person.named("Aino Ylläpitäjä")).admin().sign();
    }

    private ApiResponse upload(String query) {
        return api.as(admin()).header("Content-Type", "text/csv; charset=utf-8").header("Accept-Language", "en")
                .send("POST", IMPORTS + query, CSV);
    }

    private int listingsIn607() {
        return api.as(admin()).get("/api/v1/opportunities?municipality=607&status=DRAFT&count=true").at("count").getIntValue();
    }

    private static JsonNode row(ApiResponse report, String sourceId) {
        return report.at("rows") == null ? null : Json.list(report.at("rows")).stream()
                .filter(r -> sourceId.equals(r.get("sourceId") == null ? null : r.get("sourceId").getStringValue()))
                .findFirst().orElseThrow(() -> new AssertionError(sourceId + ": " + report.body()));
    }

    private static List<String> columns(JsonNode row) {
        return Json.list(row.get("problems")).stream().map(p -> p.get("column").getStringValue()).toList();
    }

    @Test
    void aDryRunReportsEveryRowAndTheRealRunImportsTheGoodOnesOnceEvenWhenRepeated() {
        int before = listingsIn607();

        ApiResponse dry = upload("?dryRun=true");

        assertEquals(200, dry.status(), dry.body());
        assertTrue(dry.at("dryRun").getBooleanValue());
        assertEquals(2, dry.at("created").getIntValue(), dry.body());
        assertEquals(3, dry.at("invalid").getIntValue());
        assertEquals("WOULD_CREATE", row(dry, "101").get("status").getStringValue());
        assertEquals("CREATE", row(dry, "101").get("organisation").get("action").getStringValue());
        assertEquals("REUSE", row(dry, "102").get("organisation").get("action").getStringValue());
        assertEquals(List.of("type", "contactEmail"), columns(row(dry, "103")));
        assertTrue(Json.list(row(dry, "103").get("problems")).get(1).get("message").getStringValue().contains("e-mail"));
        assertEquals(List.of("validFrom", "title"), columns(row(dry, "104")));
        assertEquals(List.of("organisation"), columns(row(dry, "105")));
        assertEquals(before, listingsIn607(), "a dry run writes nothing");
        assertEquals(0, api.as(admin()).get("/api/v1/organisations?municipality=607").items().size());

        ApiResponse real = upload("");

        assertEquals(200, real.status(), real.body());
        assertEquals(2, real.at("created").getIntValue(), real.body());
        assertEquals("CREATED", row(real, "102").get("status").getStringValue());
        assertEquals(row(real, "101").get("organisation").get("id"), row(real, "102").get("organisation").get("id"));
        assertEquals("INVALID", row(real, "104").get("status").getStringValue());
        assertEquals(before + 2, listingsIn607());
        ApiResponse listing = api.as(admin()).get("/api/v1/opportunities/" + row(real, "102").get("opportunityId").getStringValue());
        assertEquals("DRAFT", listing.text("status"));
        assertEquals("Talkoolainen; kesäjuhlat", listing.text("title.fi"));
        assertEquals("Järjestelyt \"Polvijärvi-päivillä\"", listing.text("summary.fi"));
        ApiResponse first = api.as(admin()).get("/api/v1/opportunities/" + row(real, "101").get("opportunityId").getStringValue());
        assertEquals("WORK_TRIAL", first.text("type"));
        assertEquals(List.of("LONG_TERM_UNEMPLOYED", "YOUTH"), Json.strings(first.at("targetGroups")).stream().sorted().toList());
        assertEquals("2026-06-01", first.text("validFrom"));
        assertEquals("20.5", first.at("hoursPerWeek").getBigDecimalValue().toPlainString());
        assertEquals(1, api.as(admin()).get("/api/v1/organisations?municipality=607").items().size());

        ApiResponse again = upload("");

        assertEquals(0, again.at("created").getIntValue(), again.body());
        assertEquals(2, again.at("alreadyImported").getIntValue());
        assertEquals(row(real, "101").get("opportunityId"), row(again, "101").get("opportunityId"));
        assertEquals(before + 2, listingsIn607());
        assertTrue(api.as(admin()).get("/api/v1/admin/audit?entityType=MUNICIPALITY&entityId=607").items().stream()
                .anyMatch(i -> i.get("action").getStringValue().equals("CATALOGUE_IMPORTED")));
    }

    @Test
    void aFlagThatIsNeitherTrueNorFalseIsRefusedAndNothingIsImported() {
        int before = listingsIn607();

        ApiResponse maybe = upload("?dryRun=maybe");
        ApiResponse yes = upload("?dryRun=true&publish=yes");

        assertEquals(400, maybe.status(), maybe.body());
        assertEquals("dryRun", maybe.text("error.target"));
        assertEquals(400, yes.status(), yes.body());
        assertEquals("publish", yes.text("error.target"));
        assertEquals(before, listingsIn607(), "a refused import writes nothing");
    }

    @Test
    void anImportedDraftCanBeDeletedAndARepeatedImportDoesNotBringItBack() {
        String csv = "id;organisation;type;title\n201;Juuan Latu ry;WORK_TRIAL;Ladun kunnostus\n";
        ApiResponse imported = api.as(admin()).header("Content-Type", "text/csv")
                .send("POST", "/api/v1/admin/municipalities/176/imports", csv);
        assertEquals(1, imported.at("created").getIntValue(), imported.body());
        String listing = "/api/v1/opportunities/" + row(imported, "201").get("opportunityId").getStringValue();

        ApiResponse deleted = api.as(admin()).header("If-Match", "\"0\"").delete(listing);

        assertEquals(204, deleted.status(), deleted.body());
        assertEquals(404, api.as(admin()).get(listing).status());
        ApiResponse again = api.as(admin()).header("Content-Type", "text/csv")
                .send("POST", "/api/v1/admin/municipalities/176/imports", csv);
        assertEquals(0, again.at("created").getIntValue(), again.body());
        assertEquals(1, again.at("alreadyImported").getIntValue(), again.body());
    }

    @Test
    void sourceIdsThatDifferOnlyInCaseAreTwoRowsOfTheSourceAndStaySoWhenImportedAgain() {
        String csv = "id;organisation;type;title\na1;Liperin Latu ry;WORK_TRIAL;Ladun pohjaus\n"
                + "A1;Liperin Latu ry;WORK_TRIAL;Laavun huolto\n";
        ApiResponse imported = api.as(admin()).header("Content-Type", "text/csv")
                .send("POST", "/api/v1/admin/municipalities/426/imports", csv);

        assertEquals(2, imported.at("created").getIntValue(), imported.body());
        assertEquals("CREATED", row(imported, "A1").get("status").getStringValue(), imported.body());
        ApiResponse again = api.as(admin()).header("Content-Type", "text/csv")
                .send("POST", "/api/v1/admin/municipalities/426/imports", csv);
        assertEquals(0, again.at("created").getIntValue(), again.body());
        assertEquals(row(imported, "a1").get("opportunityId"), row(again, "a1").get("opportunityId"));
        assertEquals(row(imported, "A1").get("opportunityId"), row(again, "A1").get("opportunityId"));
    }

    @Test
    void onlyAdminsImportAndTheFileMustHaveItsColumns() {
        String coordinator = TestTokens.v2().as(fixture.coordinatorOf("607", Person.named("Pirjo P"))).coordinator().sign();
        assertEquals(403, api.as(coordinator).header("Content-Type", "text/csv").send("POST", IMPORTS + "?dryRun=true", CSV).status());
        ApiResponse missing = api.as(admin()).header("Content-Type", "text/csv").send("POST", IMPORTS, "id,title\n1,x\n");
        assertEquals(422, missing.status(), missing.body());
        assertEquals("organisation", missing.text("error.target"));
        assertEquals(415, api.as(admin()).header("Content-Type", "text/plain").send("POST", IMPORTS, CSV).status());
    }
}
