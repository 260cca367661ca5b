package fi.tarjotin.deploy;

import fi.tarjotin.support.TestDatabases;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.w3c.dom.Element;
import org.yaml.snakeyaml.Yaml;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The CI workflow for a runner with Docker (infra/local/github-actions-sqlserver.yml, copied to .github/workflows
 * by whoever has such a runner) runs what infra/local/README.md runs: the same SQL Server image as
 * compose.yaml, and {@code ./mvnw -Psqlserver verify} with every setting the sqlserver profile of pom.xml reads.
 * Nothing can run the workflow here, so this checks that its parts fit the build they drive.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SqlServerWorkflowTest {

    private static final Path WORKFLOW = Path.of("infra", "local", "github-actions-sqlserver.yml");
    private static final Path COMPOSE = Path.of("infra", "local", "compose.yaml");
    private static final String IMAGE = "mcr.microsoft.com/mssql/server:2022-latest";

    private Map<String, Object> job;
    private Map<String, Object> service;
    private Map<String, Object> testStep;
    private Element profile;

    @BeforeAll
    void readTheFiles() throws Exception {
        Map<String, Object> workflow = yaml(WORKFLOW);
        Map<String, Object> jobs = map(workflow.get("jobs"));
        assertEquals(1, jobs.size(), "one job");
        job = map(jobs.values().iterator().next());
        Map<String, Object> services = map(job.get("services"));
        assertEquals(1, services.size(), "one service container");
        service = map(services.values().iterator().next());
        testStep = steps().stream().filter(s -> String.valueOf(s.get("run")).contains("mvnw")).findFirst().orElseThrow();
        profile = sqlServerProfile();
    }

    @Test
    void theServiceIsTheSqlServer2022OfTheComposeFileWithAHealthCheck() throws IOException {
        assertEquals(IMAGE, service.get("image"));
        Map<String, Object> composeService = map(map(yaml(COMPOSE).get("services")).get("sqlserver"));
        assertEquals(IMAGE, composeService.get("image"));
        assertEquals(List.of("1433:1433"), service.get("ports"));
        assertEquals("Y", map(service.get("env")).get("ACCEPT_EULA"));
        String options = String.valueOf(service.get("options"));
        assertTrue(options.contains("--health-cmd") && options.contains("sqlcmd") && options.contains("SELECT 1"), options);
    }

    @Test
    void theTestStepRunsTheSameCommandAsTheReadme() throws IOException {
        String command = String.valueOf(testStep.get("run"));
        assertTrue(command.matches("(sh )?\\./mvnw( -B)? -Psqlserver verify"), command);
        assertTrue(Files.readString(Path.of("infra", "local", "README.md")).contains("./mvnw -Psqlserver verify"));
    }

    @Test
    void theTestStepSetsEveryVariableTheProfileReadsToTheContainersPassword() {
        String url = child(child(profile, "properties"), TestDatabases.SERVER_PROPERTY).getTextContent();
        assertTrue(url.startsWith("jdbc:sqlserver://localhost:1433;"), url);

        Set<String> read = new TreeSet<>();
        Matcher env = Pattern.compile("\\$\\{env\\.([A-Za-z0-9_]+)}").matcher(url);
        while (env.find()) {
            read.add(env.group(1));
        }
        Map<String, Object> set = map(testStep.get("env"));
        assertEquals(read, new TreeSet<>(set.keySet()));
        Object password = map(service.get("env")).get("MSSQL_SA_PASSWORD");
        read.forEach(name -> assertEquals(password, set.get(name), name));
    }

    @Test
    void theProfileHandsTheServerToTheTestsUnderThePropertyTheyRead() {
        Element plugin = child(child(child(profile, "build"), "plugins"), "plugin");
        Element properties = child(child(plugin, "configuration"), "systemPropertyVariables");
        assertEquals("${" + TestDatabases.SERVER_PROPERTY + "}", child(properties, TestDatabases.SERVER_PROPERTY).getTextContent());
    }

    @Test
    void theJobSetsUpAJdkTheBuildSupportsBeforeTheTests() {
        List<Map<String, Object>> steps = steps();
        int setup = -1;
        for (int i = 0; i < steps.size(); i++) {
            if (String.valueOf(steps.get(i).get("uses")).startsWith("actions/setup-java@")) {
                setup = i;
            }
        }
        assertTrue(setup >= 0 && setup < steps.indexOf(testStep), "setup-java before the tests");
        List<?> versions = (List<?>) map(map(job.get("strategy")).get("matrix")).get("java");
        assertTrue(versions.contains("17") && versions.contains("25"), String.valueOf(versions));
    }

    @Test
    void itsHeaderSaysHowToTurnItOn() throws IOException {
        String header = Files.readString(WORKFLOW, StandardCharsets.UTF_8);
        assertTrue(header.startsWith("#"), "starts with a comment");
        assertTrue(header.contains("cp infra/local/github-actions-sqlserver.yml .github/workflows/"), header);
    }

    private List<Map<String, Object>> steps() {
        List<Map<String, Object>> steps = new ArrayList<>();
        ((List<?>) job.get("steps")).forEach(s -> steps.add(map(s)));
        return steps;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        assertNotNull(value);
        return (Map<String, Object>) value;
    }

    private static Map<String, Object> yaml(Path file) throws IOException {
        return new Yaml().load(Files.readString(file, StandardCharsets.UTF_8));
    }

    private static Element sqlServerProfile() throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Element project = factory.newDocumentBuilder().parse(Path.of("pom.xml").toFile()).getDocumentElement();
        var profiles = project.getElementsByTagName("profile");
        for (int i = 0; i < profiles.getLength(); i++) {
            Element p = (Element) profiles.item(i);
            if ("sqlserver".equals(child(p, "id").getTextContent().strip())) {
                return p;
            }
        }
        throw new AssertionError("pom.xml has no sqlserver profile");
    }

    private static Element child(Element parent, String name) {
        var nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element e && e.getTagName().equals(name)) {
                return e;
            }
        }
        throw new AssertionError("<" + parent.getTagName() + "> has no <" + name + ">");
    }
}
