package fi.tarjotin.devmode;

import com.nimbusds.jwt.SignedJWT;
import fi.tarjotin.common.SqlParameters;
import fi.tarjotin.support.Api;
import fi.tarjotin.support.Person;
import fi.tarjotin.support.TestTokens;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.text.ParseException;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(environments = "dev")
class DevSignInTest extends DevEnvironment {

    private static final String KIERRATYSKESKUS = "3b1d6c52-8f0a-4c1e-9a57-1e2f3a4b5c04";

    @Inject
    Api api;

    @Inject
    JdbcOperations jdbc;

    @Test
    void editorTokenFromTheDevSignInReadsTheApi() {
        var signIn = api.anonymous().post("/dev/token", "{\"role\":\"EDITOR\"}");

        assertEquals(200, signIn.status(), signIn.body());
        assertEquals("Bearer", signIn.text("tokenType"));
        assertEquals(12 * 3600, signIn.at("expiresIn").getIntValue());
        assertEquals(DevAccessGrants.DEFAULT_ORGANISATION.toString(), signIn.text("organisationId"));
        assertEquals("no-store", signIn.header("Cache-Control").orElse(""));

        var municipalities = api.as(signIn.text("accessToken")).get("/api/v1/municipalities");
        assertEquals(200, municipalities.status(), municipalities.body());
        assertEquals(13, municipalities.items().size());
    }

    @Test
    void devTokenHasTheClaimsOfAnEntraV2Token() throws ParseException {
        var signIn = api.anonymous().post("/dev/token", "{\"role\":\"COORDINATOR\",\"name\":\"Kaija Kokeilija\"}");
        var claims = SignedJWT.parse(signIn.text("accessToken")).getJWTClaimsSet();

        assertEquals("https://login.microsoftonline.com/" + DEV_TENANT + "/v2.0", claims.getIssuer());
        assertEquals(List.of(DEV_CLIENT_ID), claims.getAudience());
        assertEquals(DEV_TENANT, claims.getStringClaim("tid"));
        assertEquals(signIn.text("oid"), claims.getStringClaim("oid"));
        assertEquals("2.0", claims.getStringClaim("ver"));
        assertEquals("user_impersonation", claims.getStringClaim("scp"));
        assertEquals(List.of("Tarjotin.Coordinator"), claims.getStringListClaim("roles"));
        assertEquals("Kaija Kokeilija", claims.getStringClaim("name"));
        assertTrue(claims.getStringClaim("preferred_username").endsWith("@example.fi"));
        assertEquals("RS256", SignedJWT.parse(signIn.text("accessToken")).getHeader().getAlgorithm().getName());
    }

    @Test
    void readerHasNoAppRoleAndAdminHasTheAdminRole() throws ParseException {
        var reader = SignedJWT.parse(api.anonymous().post("/dev/token", "{\"role\":\"READER\"}").text("accessToken"));
        var admin = SignedJWT.parse(api.anonymous().post("/dev/token", "{\"role\":\"ADMIN\"}").text("accessToken"));

        assertNull(reader.getJWTClaimsSet().getClaim("roles"));
        assertEquals(List.of("Tarjotin.Admin"), admin.getJWTClaimsSet().getStringListClaim("roles"));
    }

    @Test
    void signingInAgainIsTheSamePersonWithOneMembership() {
        String body = "{\"role\":\"EDITOR\",\"organisationId\":\"" + KIERRATYSKESKUS + "\"}";
        var first = api.anonymous().post("/dev/token", body);
        var second = api.anonymous().post("/dev/token", body);

        assertEquals(200, second.status(), second.body());
        assertEquals(first.text("oid"), second.text("oid"));
        assertEquals(KIERRATYSKESKUS, second.text("organisationId"));
        assertEquals(1, count("SELECT COUNT(*) FROM organisation_member WHERE organisation_id = ? AND oid = ? AND tenant_id = ?",
                KIERRATYSKESKUS, first.text("oid"), DEV_TENANT));
    }

    @Test
    void coordinatorIsAssignedJoensuuUnlessAnotherMunicipalityIsChosen() {
        var joensuu = api.anonymous().post("/dev/token", "{\"role\":\"COORDINATOR\"}");
        var nurmes = api.anonymous().post("/dev/token", "{\"role\":\"COORDINATOR\",\"municipalityCode\":\"541\"}");

        assertEquals("167", joensuu.text("municipalityCode"));
        assertEquals("541", nurmes.text("municipalityCode"));
        for (String code : List.of("167", "541")) {
            assertEquals(1, count("SELECT COUNT(*) FROM coordinator_assignment WHERE municipality_code = " + SqlParameters.VARCHAR
                    + " AND oid = ? AND tenant_id = ?",
                    code, joensuu.text("oid"), DEV_TENANT));
        }
    }

    @Test
    void unknownRoleOrOrganisationOrMunicipalityIsRefused() {
        var role = api.anonymous().post("/dev/token", "{\"role\":\"SUPERUSER\"}");
        var organisation = api.anonymous().post("/dev/token",
                "{\"role\":\"EDITOR\",\"organisationId\":\"" + UUID.randomUUID() + "\"}");
        var municipality = api.anonymous().post("/dev/token", "{\"role\":\"COORDINATOR\",\"municipalityCode\":\"999\"}");

        assertEquals(422, role.status(), role.body());
        assertEquals("role", role.text("error.target"));
        assertEquals(422, organisation.status(), organisation.body());
        assertEquals("UNKNOWN_ORGANISATION", organisation.text("error.details.0.code"));
        assertEquals(422, municipality.status(), municipality.body());
        assertEquals("UNKNOWN_MUNICIPALITY", municipality.text("error.details.0.code"));
    }

    @Test
    void tokensSignedWithAnyOtherKeyAreRefused() {
        var forged = TestTokens.v2().as(Person.named("Väärä Avain").inTenant(UUID.fromString(DEV_TENANT)))
                .audience(DEV_CLIENT_ID).admin().sign();

        assertEquals(401, api.as(forged).get("/api/v1/municipalities").status());
    }

    @Test
    void helpPageListsTheSampleOrganisationsAndHowToSignIn() {
        var page = api.anonymous().get("/dev");

        assertEquals(200, page.status(), page.body());
        assertTrue(page.header("Content-Type").orElse("").startsWith("text/plain"));
        assertTrue(page.body().contains("/dev/token"), page.body());
        assertTrue(page.body().contains(DevAccessGrants.DEFAULT_ORGANISATION + "  Nurmeksen Työttömät ry (541)"), page.body());
        assertTrue(page.body().contains("Authorization: Bearer $TOKEN"), page.body());
    }

    private long count(String sql, String... parameters) {
        return jdbc.execute(connection -> {
            try (var statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    statement.setString(i + 1, parameters[i]);
                }
                try (var rows = statement.executeQuery()) {
                    rows.next();
                    return rows.getLong(1);
                }
            }
        });
    }
}
