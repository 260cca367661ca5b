package fi.tarjotin.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.tarjotin.access.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The app registration manifest in infra/azure declares what the service and the connector rely on. */
class AppRegistrationTest {

    private static final Path MANIFEST = Path.of("infra/azure/app-registration.json");
    private static final Path CONNECTOR_PROPERTIES = Path.of("connector-definition/apiProperties.json");
    private static final Path SCRIPT = Path.of("infra/azure/create-app-registrations.sh");
    private static final Path RUNBOOK = Path.of("infra/azure/README.md");
    private static final Path FILL = Path.of("infra/azure/fill-connector-properties.sh");

    @Test
    void theManifestsAppRolesAreExactlyTheRolesTheServiceChecks() throws IOException {
        List<JsonNode> roles = list(read(MANIFEST).at("/api/appRoles"));

        Set<String> declared = roles.stream().map(r -> r.path("value").asText()).collect(Collectors.toSet());
        Set<String> checked = Arrays.stream(Role.values()).map(Role::claimValue).collect(Collectors.toSet());
        assertEquals(checked, declared);
        assertEquals(roles.size(), declared.size(), "each role once");
        assertTrue(roles.stream().allMatch(r -> r.path("isEnabled").asBoolean()), "all roles enabled");
        assertTrue(roles.stream().allMatch(r -> list(r.path("allowedMemberTypes")).stream()
                .anyMatch(t -> t.asText().equals("User"))), "every role can be given to people");
        assertEquals(roles.size(), roles.stream().map(r -> r.path("id").asText()).distinct().count(), "distinct role ids");
    }

    @Test
    void theApiExposesTheDelegatedScopeTheConnectorAsksFor() throws IOException {
        JsonNode manifest = read(MANIFEST);
        List<JsonNode> scopes = list(manifest.at("/api/api/oauth2PermissionScopes"));
        assertEquals(List.of("user_impersonation"), scopes.stream().map(s -> s.path("value").asText()).toList());
        JsonNode scope = scopes.get(0);
        assertEquals("Admin", scope.path("type").asText(), "no user can let an app of their choosing act for them");
        assertTrue(scope.path("isEnabled").asBoolean());
        // accessTokenAcceptedVersion in the legacy manifest; the service accepts v1 and v2, both audiences.
        assertEquals(2, manifest.at("/api/api/requestedAccessTokenVersion").asInt());
        assertEquals(List.of("api://<tarjotin-api-client-id>"), list(manifest.at("/api/identifierUris")).stream()
                .map(JsonNode::asText).toList());

        JsonNode access = manifest.at("/connectorClient/requiredResourceAccess/0/resourceAccess/0");
        assertEquals(scope.path("id").asText(), access.path("id").asText(), "the connector client asks for that scope");
        assertEquals("Scope", access.path("type").asText());
        List<String> connectorScopes = list(read(CONNECTOR_PROPERTIES)
                .at("/properties/connectionParameters/token/oAuthSettings/scopes")).stream().map(JsonNode::asText).toList();
        assertTrue(connectorScopes.contains("api://<tarjotin-api-client-id>/user_impersonation"), connectorScopes.toString());
    }

    @Test
    void theScriptConsentsForTheConnectorAndTheRunbookSaysWhyConsentIsForAdminsOnly() throws IOException {
        String script = Files.readString(SCRIPT);
        String runbook = Files.readString(RUNBOOK);

        assertTrue(script.contains("az ad app permission admin-consent --id \"$connector_app_id\""), "admin consent");
        assertTrue(script.contains("TARJOTIN_ENTRA_ALLOWED_CLIENT_IDS=$connector_app_id"));
        assertTrue(runbook.contains("admin-consent-only"), "the runbook names the choice");
        assertTrue(runbook.contains("assignment required"), "and the alternative it did not take, with why");
        assertTrue(runbook.contains("/adminconsent?client_id=<connector client id>"), "municipality tenants consent too");
    }

    @Test
    void theConnectorClientRedirectsToThePowerPlatformConsentService() throws IOException {
        JsonNode manifest = read(MANIFEST);
        List<String> redirects = list(manifest.at("/connectorClient/web/redirectUris")).stream().map(JsonNode::asText).toList();
        assertEquals(List.of("https://global.consent.azure-apim.net/redirect/<connector-id>"), redirects);
        assertEquals("GlobalPerConnector", read(CONNECTOR_PROPERTIES)
                .at("/properties/connectionParameters/token/oAuthSettings/redirectMode").asText());
    }

    @Test
    void theManagedIdentityGetsOnlyTheGraphPermissionsTheOnboardingNeeds() throws IOException {
        JsonNode graph = read(MANIFEST).at("/managedIdentityGraphPermissions");
        assertEquals("00000003-0000-0000-c000-000000000000", graph.path("resourceAppId").asText());
        Set<String> permissions = new HashSet<>(list(graph.path("permissions")).stream().map(JsonNode::asText).toList());
        assertEquals(Set.of("User.Invite.All", "User.Read.All", "Group.Create", "GroupMember.ReadWrite.All",
                "AppRoleAssignment.ReadWrite.All"), permissions);
        assertTrue(permissions.stream().noneMatch(p -> p.startsWith("Directory.") || p.equals("Group.ReadWrite.All")
                || p.startsWith("Application.")), "nothing broader than needed");
    }

    @Test
    void theConnectorSignsInAgainstTheHomeTenantThatTheScriptFillsIn(@TempDir Path out) throws Exception {
        JsonNode committed = read(CONNECTOR_PROPERTIES).at("/properties/connectionParameters/token/oAuthSettings");
        assertEquals("<home-tenant-id>", committed.at("/customParameters/tenantId/value").asText(),
                "a placeholder for the home tenant, never common");
        String tenant = "0b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d";
        String api = "6e5d4c3b-2a19-4807-b6f5-e4d3c2b1a098";
        String connector = "7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d";

        assertEquals(0, fill(out, tenant, api, connector));

        JsonNode filled = read(out.resolve("apiProperties.json")).at("/properties/connectionParameters/token/oAuthSettings");
        assertEquals(tenant, filled.at("/customParameters/tenantId/value").asText());
        assertEquals("api://" + api, filled.at("/customParameters/resourceUri/value").asText());
        assertEquals("api://" + api, filled.at("/properties/AzureActiveDirectoryResourceId").asText());
        assertEquals(connector, filled.path("clientId").asText());
        assertTrue(list(filled.path("scopes")).stream().anyMatch(s -> s.asText().equals("api://" + api + "/user_impersonation")));
        for (String file : List.of("apiProperties.json", "apiDefinition.swagger.json")) {
            String text = Files.readString(out.resolve(file));
            assertTrue(!text.contains("/common/") && !text.contains("\"common\"") && !text.contains("-id>"), file);
        }
        assertTrue(Files.exists(out.resolve("icon.png")) && Files.exists(out.resolve("settings.json")), "ready to import");
        String script = Files.readString(SCRIPT);
        assertTrue(script.contains("home_tenant_id=\"$(az account show --query tenantId -o tsv)\""), "the tenant signed in to");
        assertTrue(script.contains("fill-connector-properties.sh\" --tenant-id \"$home_tenant_id\""), "fills the connector in");
    }

    @Test
    void theFillScriptTakesOnlyATenantIdNeverCommon(@TempDir Path out) throws Exception {
        assertEquals(2, fill(out.resolve("x"), "common", "6e5d4c3b-2a19-4807-b6f5-e4d3c2b1a098",
                "7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d"));
        assertTrue(Files.notExists(out.resolve("x")), "nothing written");
    }

    @Test
    void theRunbookWalksAVolunteerFromInvitationToFirstSignInWithTheLicencesEachUserNeeds() throws IOException {
        String runbook = Files.readString(RUNBOOK);
        for (String step : List.of("## 9. Volunteers as guests", "Email one-time passcode", "Invite external user",
                "**Send code**", "PendingAcceptance", "Power Apps Premium", "per-app", "in **the home tenant**",
                "learn.microsoft.com/power-apps/maker/canvas-apps/share-app-guests",
                "learn.microsoft.com/power-apps/maker/canvas-apps/license-designation",
                "learn.microsoft.com/entra/external-id/one-time-passcode")) {
            assertTrue(runbook.contains(step), step);
        }
    }

    private static int fill(Path out, String tenant, String api, String connector) throws Exception {
        Process process = new ProcessBuilder("bash", FILL.toString(), "--tenant-id", tenant, "--api-app-id", api,
                "--connector-app-id", connector, "--out", out.toString()).redirectErrorStream(true).start();
        process.getInputStream().readAllBytes();
        return process.waitFor();
    }

    private static JsonNode read(Path path) throws IOException {
        return new ObjectMapper().readTree(path.toFile());
    }

    private static List<JsonNode> list(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).toList();
    }
}
