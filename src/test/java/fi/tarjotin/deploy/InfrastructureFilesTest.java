package fi.tarjotin.deploy;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Checks on infra/ that need no Azure: nothing there is a secret, and the Bicep files fit together (the
 * bicep CLI is not part of the build; `az bicep build` is in the runbook).
 */
class InfrastructureFilesTest {

    private static final Path INFRA = Path.of("infra");
    private static final Path AZURE = INFRA.resolve("azure");

    /** Things that are secrets whatever file they are in. A placeholder, ${VAR} or $(VAR) is not a value. */
    private static final List<Pattern> SECRETS = List.of(
            Pattern.compile("(?i)\\bpassword\\s*=\\s*(?![$<'\"{]|\\s|;)[^;\"'\\s]+"),
            Pattern.compile("(?i)[\"']?(password|passwd|pwd|client_?secret|clientSecret|secret|api_?key|access_?key|sas_?token)[\"']?\\s*[:=]\\s*[\"'](?![$<{(])[^\"'\\s]{6,}[\"']"),
            Pattern.compile("(?i)\\b(AZURE_CLIENT_SECRET|MSSQL_SA_PASSWORD|SA_PASSWORD)\\s*[:=]\\s*(?![\"']?\\$)[\"']?[^\\s\"'$]{4,}"),
            Pattern.compile("-----BEGIN [A-Z ]*PRIVATE KEY-----"),
            Pattern.compile("(?i)(AccountKey|SharedAccessKey|InstrumentationKey)=[A-Za-z0-9+/=-]{16,}"),
            Pattern.compile("[A-Za-z0-9_~.-]{3}8Q~[A-Za-z0-9_~.-]{31,34}"),   // Entra client secret format
            Pattern.compile("eyJ[A-Za-z0-9_-]{10,}\\.[A-Za-z0-9_-]{10,}\\."),    // a JWT
            Pattern.compile("(?i)administratorLoginPassword"));

    @Test
    void nothingInInfraLooksLikeASecret() throws IOException {
        List<String> findings = new ArrayList<>();
        for (Path file : files(INFRA)) {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                for (Pattern secret : SECRETS) {
                    Matcher m = secret.matcher(lines.get(i));
                    if (m.find()) {
                        findings.add(file + ":" + (i + 1) + ": " + m.group());
                    }
                }
            }
        }
        assertEquals(List.of(), findings);
    }

    @Test
    void theSecretCheckRecognisesSecrets() {
        List<String> secrets = List.of(
                "jdbc:sqlserver://x.database.windows.net;database=t;user=admin;Password=Hunter2Hunter2",
                "  \"clientSecret\": \"abc8Q~0123456789012345678901234567890123\"",
                "AZURE_CLIENT_SECRET=s3cr3tvalue",
                "MSSQL_SA_PASSWORD: Passw0rd!",
                "-----BEGIN RSA PRIVATE KEY-----",
                "DefaultEndpointsProtocol=https;AccountName=x;AccountKey=c2VjcmV0c2VjcmV0c2VjcmV0c2VjcmV0",
                "administratorLoginPassword: 'x'");
        List<String> harmless = List.of(
                "MSSQL_SA_PASSWORD: ${TARJOTIN_TEST_SA_PASSWORD:?export it first}",
                "DATASOURCES_DEFAULT_URL: jdbc:sqlserver://sqlserver:1433;user=sa;password=${TARJOTIN_TEST_SA_PASSWORD}",
                "sharedKey: workspace.listKeys().primarySharedKey",
                "secretRef: 'appinsights-connection-string'",
                "authentication=ActiveDirectoryManagedIdentity;user=${identityClientId}");
        secrets.forEach(s -> assertTrue(SECRETS.stream().anyMatch(p -> p.matcher(s).find()), s));
        harmless.forEach(s -> assertFalse(SECRETS.stream().anyMatch(p -> p.matcher(s).find()), s));
    }

    @Test
    void everyModuleExistsAndGetsExactlyTheParametersItDeclares() throws IOException {
        for (Path bicep : files(AZURE).stream().filter(f -> f.toString().endsWith(".bicep")).toList()) {
            String text = Files.readString(bicep);
            Matcher module = Pattern.compile("module \\w+ '([^']+)' = (?:if \\([^)]*\\) )?\\{\\s*name: [^\\n]+\\n\\s*params: \\{(.*?)\\n  \\}",
                    Pattern.DOTALL).matcher(text);
            while (module.find()) {
                Path target = bicep.getParent().resolve(module.group(1));
                assertTrue(Files.exists(target), bicep + " uses " + target + ", which does not exist");
                Set<String> passed = names(module.group(2), "^\\s{4}(\\w+):");
                Set<String> declared = names(Files.readString(target), "^param (\\w+) ");
                Set<String> required = names(Files.readString(target), "^param (\\w+) \\w+\\s*$");
                assertTrue(declared.containsAll(passed), target + " does not declare " + minus(passed, declared));
                assertTrue(passed.containsAll(required), bicep + " does not pass " + minus(required, passed) + " to " + target);
            }
        }
    }

    @Test
    void theParameterFileNamesOnlyParametersOfMainAndAllItsRequiredOnes() throws IOException {
        String main = Files.readString(AZURE.resolve("main.bicep"));
        var parameters = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(AZURE.resolve("main.parameters.json").toFile()).path("parameters");
        Set<String> given = new LinkedHashSet<>();
        parameters.fieldNames().forEachRemaining(given::add);
        Set<String> declared = names(main, "^param (\\w+) ");
        assertTrue(declared.containsAll(given), "not in main.bicep: " + minus(given, declared));
        assertTrue(given.containsAll(names(main, "^param (\\w+) \\w+\\s*$")), "required parameters missing");
    }

    @Test
    void theContainerAppSetsOnlyConfigurationKeysTheServiceHasAndProbesItsHealthEndpoints() throws IOException {
        String app = Files.readString(AZURE.resolve("modules/containerapp.bicep"));
        String readme = Files.readString(Path.of("README.md"));
        for (String variable : names(app, "\\{ name: '(TARJOTIN_\\w+)'")) {
            assertTrue(readme.contains("`" + variable + "`"), variable + " is not a configuration key in README.md");
        }
        assertTrue(app.contains("path: '/health/liveness'") && app.contains("path: '/health/readiness'"));
        assertTrue(app.contains("'DATASOURCES_DEFAULT_URL'") && app.contains("authentication=ActiveDirectoryManagedIdentity;user=${identityClientId}"));
        assertTrue(app.contains("{ name: 'AZURE_CLIENT_ID', value: identityClientId }"));
        assertTrue(app.contains("{ name: 'TARJOTIN_RATE_LIMIT_TRUST_FORWARDED_FOR', value: 'true' }"));
        // Container Apps' ingress is the one proxy that appends to X-Forwarded-For.
        assertTrue(app.contains("{ name: 'TARJOTIN_RATE_LIMIT_TRUSTED_PROXY_HOPS', value: '1' }"));
        String sql = Files.readString(AZURE.resolve("modules/sql.bicep"));
        assertTrue(sql.contains("azureADOnlyAuthentication: true"));
        assertFalse(sql.contains("administratorLogin:"), "no SQL login");
    }

    @Test
    void everySqlServerDatabaseIsCreatedWithTheFinnishCaseInsensitiveAccentSensitiveCollation() throws IOException {
        String collation = "Finnish_Swedish_100_CI_AS_SC";
        String sql = Files.readString(AZURE.resolve("modules/sql.bicep"));
        assertTrue(sql.contains("collation: '" + collation + "'"), "Azure SQL database");
        assertEquals(1, Pattern.compile("collation:").matcher(sql).results().count(), "one collation in the template");
        assertTrue(Files.readString(INFRA.resolve("local/compose.yaml"))
                .contains("CREATE DATABASE tarjotin COLLATE " + collation), "the local service's database");
        assertTrue(Files.readString(Path.of("src/test/java/fi/tarjotin/support/TestDatabases.java"))
                .contains("COLLATE " + collation + "\""), "the -Psqlserver test databases");
        String runbook = Files.readString(AZURE.resolve("README.md"));
        assertTrue(runbook.contains("## Database collation") && runbook.contains("`" + collation + "`")
                && runbook.contains("cannot change the collation of an existing database"), "the runbook says it");
    }

    @Test
    void theDeploymentAcceptsOnlyTokensThatTheConnectorObtained() throws IOException {
        String main = Files.readString(AZURE.resolve("main.bicep"));
        String app = Files.readString(AZURE.resolve("modules/containerapp.bicep"));
        String runbook = Files.readString(AZURE.resolve("README.md"));

        assertTrue(names(main, "^param (\\w+) \\w+\\s*$").contains("connectorClientId"), "a required parameter");
        assertTrue(main.contains("allowedClientIds: concat([connectorClientId], additionalClientIds)"));
        assertTrue(app.contains("{ name: 'TARJOTIN_ENTRA_ALLOWED_CLIENT_IDS', value: join(allowedClientIds, ',') }"));
        assertTrue(runbook.contains("`TARJOTIN_ENTRA_ALLOWED_CLIENT_IDS`") && runbook.contains("connectorClientId=$CONNECTOR_CLIENT_ID"));
    }

    @Test
    void theMinimumReplicaCountIsAParameterThatAllowsScaleToZeroAndDefaultsToAnAlwaysOnInstance() throws IOException {
        String main = Files.readString(AZURE.resolve("main.bicep"));
        String app = Files.readString(AZURE.resolve("modules/containerapp.bicep"));
        String runbook = Files.readString(AZURE.resolve("README.md"));

        Matcher declared = Pattern.compile("@description\\('([^\\n]*)'\\)\\n@minValue\\((\\d+)\\)\\nparam minReplicas int = (\\d+)\\n")
                .matcher(main);
        assertTrue(declared.find(), "main.bicep declares minReplicas with a description and a lower bound");
        assertEquals("0", declared.group(2), "scale to zero is allowed");
        assertEquals("1", declared.group(3), "an always-on instance by default");
        assertTrue(declared.group(1).contains("scale to zero") && declared.group(1).contains("always on"),
                "the description names both choices");
        assertTrue(main.contains("    minReplicas: minReplicas\n"), "main.bicep passes it on");
        assertTrue(app.contains("        minReplicas: minReplicas\n"), "the container app scales with it");
        assertTrue(runbook.contains("## Scale to zero or always on") && runbook.contains("`minReplicas=0`"),
                "the runbook explains the choice");
    }

    private static Set<String> names(String text, String regex) {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = Pattern.compile(regex, Pattern.MULTILINE).matcher(text);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    private static Set<String> minus(Set<String> a, Set<String> b) {
        Set<String> rest = new LinkedHashSet<>(a);
        rest.removeAll(b);
        return rest;
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
