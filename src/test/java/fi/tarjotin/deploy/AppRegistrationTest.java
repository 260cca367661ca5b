package fi.tarjotin.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.tarjotin.access.Role;
import org.junit.jupiter.api.Test;

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

    private static JsonNode read(Path path) throws IOException {
        return new ObjectMapper().readTree(path.toFile());
    }

    private static List<JsonNode> list(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).toList();
    }
}
