package fi.tarjotin.publicsite;

import fi.tarjotin.support.Api;
import fi.tarjotin.support.CatalogueFixture;
import fi.tarjotin.support.TestEnvironment;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The embed pages in a real browser: headless Chromium (Debian's chromium and chromium-driver, which
 * .ci/run installs) with axe-core from the npm registry, installed into target/browser on first use.
 * Without Chromium the tests are skipped, saying so; they are never passed without running.
 */
@MicronautTest
class EmbedBrowserTest extends TestEnvironment {

    static final Path CHROMIUM = Path.of(System.getProperty("tarjotin.test.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("tarjotin.test.chromedriver", "/usr/bin/chromedriver"));
    static final Path BROWSER_DIR = Path.of("target", "browser");
    static final Path AXE = BROWSER_DIR.resolve("node_modules/axe-core/axe.min.js");
    static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    @Inject
    Api api;
    @Inject
    CatalogueFixture fixture;
    @Inject
    JdbcOperations jdbc;
    @Inject
    EmbeddedServer server;

    PublicCatalogue catalogue;
    ChromeDriverService service;
    ChromeDriver browser;
    String axe;

    @BeforeAll
    void chromiumWithAxe() throws Exception {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!present) {
            System.out.println("EmbedBrowserTest: SKIPPED, no Chromium at " + CHROMIUM + " with chromedriver at "
                    + CHROMEDRIVER + ". Install them (apt-get install chromium chromium-driver) as .ci/run does.");
        }
        if (!present) {
            return;
        }
        axe = Files.readString(installAxe(), StandardCharsets.UTF_8);
        catalogue = PublicCatalogue.create(api, fixture, jdbc);
        service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1280,1000");
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    }

    /** Each test is reported as skipped, with the reason, where the machine has no Chromium. */
    @BeforeEach
    void requireChromium() {
        Assumptions.assumeTrue(browser != null, "Chromium or chromedriver absent (" + CHROMIUM + ", " + CHROMEDRIVER
                + "): the accessibility and keyboard tests did NOT run");
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
        if (service != null) {
            service.stop();
        }
    }

    @Test
    void axeFindsNoWcag21AaViolationsOnTheEmbedAndListingPagesInEveryLanguage() {
        for (String lang : List.of("fi", "sv", "en")) {
            for (String path : List.of("/embed/541?lang=" + lang,
                    "/embed/541/opportunities/" + catalogue.kahvila + "?lang=" + lang,
                    "/embed/541/opportunities/" + catalogue.puutyo + "?lang=" + lang,
                    "/embed/accessibility?lang=" + lang, "/embed/999?lang=" + lang)) {
                browser.get(server.getURL() + path);
                assertEquals(lang, browser.findElement(org.openqa.selenium.By.tagName("html")).getAttribute("lang"));
                assertEquals("[]", violations(), path);
            }
        }
    }

    @Test
    void axeIsAliveAndReportsAViolationWhereThereIsOne() {
        browser.get("data:text/html;charset=utf-8,<!DOCTYPE html><html><head><title>x</title></head><body><main>"
                + "<img src='x.png'></main></body></html>");
        assertTrue(violations().contains("image-alt"), "axe-core did not notice an image without alt text");
    }

    @Test
    void keyboardAloneReachesEveryFilterAndEveryListing() {
        browser.manage().window().setSize(new Dimension(1280, 1000));
        browser.get(server.getURL() + "/embed/541?lang=fi");
        Set<String> expected = new LinkedHashSet<>(List.of("select#type", "select#targetGroup", "input#q", "button"));
        for (WebElement link : browser.findElements(org.openqa.selenium.By.cssSelector("ul.cards a"))) {
            expected.add("a " + link.getAttribute("href"));
        }
        assertEquals(4 + 2, expected.size(), expected.toString());

        Set<String> reached = new LinkedHashSet<>();
        for (int i = 0; i < 40 && !reached.containsAll(expected); i++) {
            new Actions(browser).sendKeys(Keys.TAB).perform();
            String focused = (String) script("const e = document.activeElement; return e.tagName.toLowerCase() + "
                    + "(e.id ? '#' + e.id : '') + (e.tagName === 'A' ? ' ' + e.href : '');");
            reached.add(focused.startsWith("a") ? focused : focused.replaceAll(" .*", ""));
            String outline = (String) script("return getComputedStyle(document.activeElement).outlineStyle;");
            assertTrue(!outline.equals("none"), "no visible focus on " + focused);
        }
        assertTrue(reached.containsAll(expected), "Tab did not reach " + expected + "; reached " + reached);

        // The filter form works without JavaScript, from the keyboard.
        browser.findElement(org.openqa.selenium.By.id("q")).sendKeys("kahvila", Keys.ENTER);
        // Enter submits the form: wait for that navigation to land (bounded), then look at the new page.
        java.time.Instant deadline = java.time.Instant.now().plusSeconds(10);
        while (!(browser.getCurrentUrl().contains("q=kahvila") && "complete".equals(script("return document.readyState;")))
                && java.time.Instant.now().isBefore(deadline)) {
            Thread.onSpinWait();
        }
        assertTrue(browser.getCurrentUrl().contains("q=kahvila"), browser.getCurrentUrl());
        assertEquals(1, browser.findElements(org.openqa.selenium.By.cssSelector("ul.cards li")).size());
    }

    @Test
    void worksOnAPhoneWithoutSidewaysScrollingAndSavesScreenshots() throws IOException {
        browser.manage().window().setSize(new Dimension(1024, 1100));
        browser.get(server.getURL() + "/embed/541?lang=fi");
        Files.write(BROWSER_DIR.resolve("embed-fi.png"), browser.getScreenshotAs(OutputType.BYTES));

        browser.manage().window().setSize(new Dimension(390, 844));
        for (String path : List.of("/embed/541?lang=sv", "/embed/541/opportunities/" + catalogue.puutyo + "?lang=en")) {
            browser.get(server.getURL() + path);
            long overflow = ((Number) script("return document.documentElement.scrollWidth - window.innerWidth;")).longValue();
            assertTrue(overflow <= 0, path + " scrolls sideways by " + overflow + "px on a phone");
        }
        Files.write(BROWSER_DIR.resolve("embed-phone-en.png"), browser.getScreenshotAs(OutputType.BYTES));
        assertTrue(Files.size(BROWSER_DIR.resolve("embed-fi.png")) > 10_000);
    }

    private String violations() {
        script(axe);
        Object result = browser.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})"
                + ".then(r => done(JSON.stringify(r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,"
                + " nodes: v.nodes.map(n => n.target.join(' ') + ' ' + n.failureSummary)})))))"
                + ".catch(e => done('axe failed: ' + e));", WCAG_21_AA);
        return (String) result;
    }

    private Object script(String source) {
        return ((JavascriptExecutor) browser).executeScript(source);
    }

    /** axe-core 4 from the npm registry, installed into target/browser once per clean build. */
    private static Path installAxe() throws IOException, InterruptedException {
        if (Files.exists(AXE)) {
            return AXE;
        }
        Files.createDirectories(BROWSER_DIR);
        Process npm;
        try {
            npm = new ProcessBuilder("npm", "install", "--prefix", BROWSER_DIR.toString(), "--no-audit", "--no-fund",
                    "--no-save", "axe-core@4").redirectErrorStream(true)
                    .redirectOutput(BROWSER_DIR.resolve("npm-install.log").toFile()).start();
        } catch (IOException noNpm) {
            throw new IllegalStateException("Chromium is installed but npm is not, so axe-core cannot be installed: "
                    + "install npm (.ci/run does) or put axe.min.js at " + AXE.toAbsolutePath(), noNpm);
        }
        boolean finished = npm.waitFor(5, TimeUnit.MINUTES);
        if (!finished || npm.exitValue() != 0 || !Files.exists(AXE)) {
            throw new IllegalStateException("npm install axe-core@4 failed; see "
                    + BROWSER_DIR.resolve("npm-install.log").toAbsolutePath());
        }
        return AXE;
    }
}
