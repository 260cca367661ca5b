package fi.tarjotin.devmode;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The explorer works in a real browser under its own Content-Security-Policy: Swagger UI renders the definition's
 * operations, signed in as the dev role asked for, and its calls go to this server with that token.
 */
@MicronautTest(environments = "dev")
class ApiExplorerBrowserTest extends DevEnvironment {

    static final Path CHROMIUM = Path.of(System.getProperty("tarjotin.test.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("tarjotin.test.chromedriver", "/usr/bin/chromedriver"));

    /** Resolves, in the page, once Swagger UI has rendered operations and the sign-in has finished. */
    private static final String RENDERED = """
            var done = arguments[arguments.length - 1];
            function ready() {
              return window.ui && document.querySelectorAll('.opblock').length > 0
                  && document.getElementById('signed-in').textContent !== '…';
            }
            if (ready()) { done(true); return; }
            new MutationObserver(function (m, observer) {
              if (ready()) { observer.disconnect(); done(true); }
            }).observe(document.body, {childList: true, subtree: true, characterData: true});
            """;

    @Inject
    EmbeddedServer server;

    ChromeDriverService service;
    ChromeDriver browser;

    @BeforeAll
    void chromium() {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            return;
        }
        service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
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
    void theExplorerRendersTheOperationsSignedInAndCallsThisServerWithTheDevToken() {
        Assumptions.assumeTrue(browser != null, "Chromium or chromedriver absent (" + CHROMIUM + ", " + CHROMEDRIVER
                + "): the explorer was NOT tried in a browser");
        browser.get(server.getURL() + "/dev/api-explorer?role=ADMIN");
        browser.executeAsyncScript(RENDERED);

        assertTrue(browser.findElement(org.openqa.selenium.By.id("signed-in")).getText().endsWith("(ADMIN)"));
        assertTrue(((Number) browser.executeScript("return document.querySelectorAll('.opblock').length")).intValue() > 10);
        @SuppressWarnings("unchecked")
        Map<String, Object> call = (Map<String, Object>) browser.executeScript("return window.ui.getConfigs()"
                + ".requestInterceptor({url: 'https://tarjotin.example.fi/api/v1/me?x=1', headers: {}})");
        assertEquals(server.getURL() + "/api/v1/me?x=1", call.get("url"));
        assertTrue(String.valueOf(call.get("headers")).contains("Bearer ey"), String.valueOf(call.get("headers")));
        assertEquals(Boolean.TRUE, browser.executeScript(
                "return window.ui.authSelectors.authorized().size > 0"), "the operations are not shown as signed in");
        List<String> refused = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage).filter(m -> m.contains("Content Security Policy")).toList();
        assertEquals(List.of(), refused);
    }
}
