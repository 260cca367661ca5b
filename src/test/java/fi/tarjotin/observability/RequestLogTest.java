package fi.tarjotin.observability;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.encoder.Encoder;
import ch.qos.logback.core.joran.spi.JoranException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.tarjotin.support.Api;
import fi.tarjotin.support.ApiResponse;
import fi.tarjotin.support.Person;
import fi.tarjotin.support.TestEnvironment;
import fi.tarjotin.support.TestTokens;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The production log format (logback.xml with LOG_FORMAT=json) as written for real requests: one line per
 * request with its id, route, status, duration and caller; no token, no e-mail address.
 */
@MicronautTest
@Property(name = LogProbeController.ENABLED, value = "true")
class RequestLogTest extends TestEnvironment {

    @Inject
    Api api;

    private final ByteArrayOutputStream written = new ByteArrayOutputStream();
    private OutputStreamAppender<ILoggingEvent> capture;
    private Logger requestLogger;
    private Logger probeLogger;
    private Level levelBefore;

    @BeforeEach
    void captureTheRequestLogInTheProductionJsonFormat() throws JoranException {
        written.reset();
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        capture = new OutputStreamAppender<>();
        capture.setContext(context);
        capture.setEncoder(productionJsonEncoder());
        capture.setOutputStream(written);
        capture.start();
        requestLogger = context.getLogger(RequestLogFilter.class);
        levelBefore = requestLogger.getLevel();
        requestLogger.setLevel(Level.INFO);
        requestLogger.setAdditive(false);
        requestLogger.addAppender(capture);
        probeLogger = context.getLogger(LogProbeController.class);
        probeLogger.setAdditive(false);
        probeLogger.addAppender(capture);
    }

    @AfterEach
    void detach() {
        requestLogger.detachAppender(capture);
        requestLogger.setLevel(levelBefore);
        requestLogger.setAdditive(true);
        probeLogger.detachAppender(capture);
        probeLogger.setAdditive(true);
        capture.stop();
    }

    @Test
    void aRequestIsLoggedOnceWithItsRequestIdRouteAndCallerButNoTokenOrEmail() throws Exception {
        Person editor = Person.named("Eeva Esimerkki");
        String token = TestTokens.v2().as(editor).editor().sign();
        String requestId = "c0ffee00-1a2b-4c3d-8e9f-0123456789ab";

        ApiResponse response = api.as(token).header("x-ms-client-request-id", requestId)
                .get("/api/v1/opportunities?q=" + "eeva.esimerkki%40example.fi" + "&municipality=167");

        assertEquals(200, response.status(), response.toString());
        assertEquals(requestId, response.header("x-ms-request-id").orElse(""));
        List<JsonNode> lines = lines();
        List<JsonNode> mine = lines.stream().filter(l -> requestId.equals(l.path("requestId").asText())).toList();
        assertEquals(1, mine.size(), written.toString(StandardCharsets.UTF_8));
        JsonNode line = mine.get(0);
        assertEquals("/api/v1/opportunities", line.path("route").asText());
        assertEquals("GET", line.path("method").asText());
        assertEquals("200", line.path("status").asText());
        assertTrue(line.path("durationMs").asText().matches("\\d+"), line.toString());
        assertEquals(editor.oid().toString(), line.path("callerOid").asText());
        assertEquals("INFO", line.path("level").asText());
        assertTrue(line.path("message").asText().contains(requestId), line.toString());

        String all = written.toString(StandardCharsets.UTF_8);
        assertFalse(all.contains(token.substring(0, 30)), all);
        assertFalse(all.contains("eyJ"), all);
        assertFalse(all.contains(editor.email()), all);
        assertFalse(all.contains("eeva.esimerkki"), all);
        assertFalse(all.contains("@"), all);
    }

    @Test
    void theTraceparentGivesTheRequestIdWhenPowerPlatformSentNone() throws Exception {
        String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
        ApiResponse response = api.anonymous().header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01")
                .get("/api/v1/municipalities");

        assertEquals(traceId, response.header("x-ms-request-id").orElse(""));
        JsonNode line = lines().get(0);
        assertEquals(traceId, line.path("requestId").asText());
        assertEquals("401", line.path("status").asText());
        assertEquals("-", line.path("callerOid").asText());
    }

    @Test
    void anIdThatCarriesPersonalDataOrATokenIsReplacedAndNeverLogged() throws Exception {
        String token = TestTokens.v2().sign();
        List<ApiResponse> responses = List.of(
                api.anonymous().header("x-ms-client-request-id", "matti.meikalainen@example.fi").get("/api/v1/me"),
                api.anonymous().header("x-ms-client-request-id", token).get("/api/v1/me"),
                api.anonymous().header("x-ms-client-request-id", "+358 40 123 4567").get("/api/v1/me"));

        for (ApiResponse response : responses) {
            String id = response.header("x-ms-request-id").orElseThrow();
            assertTrue(id.matches("[0-9a-f-]{36}"), id);
        }
        String all = written.toString(StandardCharsets.UTF_8);
        assertFalse(all.contains("example.fi") || all.contains("eyJ") || all.contains("123 4567"), all);
        assertEquals(3, lines().size(), all);
    }

    @Test
    void everyRequestGetsItsOwnIdAndNothingStaysInTheMdc() throws Exception {
        ApiResponse first = api.anonymous().get("/api/v1/municipalities");
        ApiResponse second = api.as(TestTokens.v1().sign()).get("/api/v1/municipalities/167");

        String firstId = first.header("x-ms-request-id").orElseThrow();
        String secondId = second.header("x-ms-request-id").orElseThrow();
        assertNotEquals(firstId, secondId);
        List<JsonNode> lines = lines();
        assertEquals(2, lines.size());
        assertEquals(firstId, lines.get(0).path("requestId").asText());
        assertEquals("401", lines.get(0).path("status").asText());
        assertEquals("-", lines.get(0).path("callerOid").asText());
        assertEquals(secondId, lines.get(1).path("requestId").asText());
        assertEquals("/api/v1/municipalities/{code}", lines.get(1).path("route").asText());
        assertNull(MDC.get(RequestLogFilter.REQUEST_ID));
    }

    @Test
    void whatTheServiceLogsWhileHandlingARequestCarriesThatRequestsIdAndNoOther() throws Exception {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            var call = i % 3 == 0 ? api.anonymous() : api.anonymous().header("x-ms-client-request-id", "probe-" + i);
            ids.add(call.get("/test-log-probe").header("x-ms-request-id").orElseThrow());
        }

        List<JsonNode> probes = lines().stream()
                .filter(l -> l.path("logger").asText().endsWith("LogProbeController")).toList();
        assertEquals(12, probes.size(), written.toString(StandardCharsets.UTF_8));
        for (int i = 0; i < 12; i++) {
            assertEquals(ids.get(i), probes.get(i).path("requestId").asText(), probes.get(i).toString());
            assertFalse(probes.get(i).has("route"), "the request line's fields stay on the request line");
        }
        assertEquals(12, ids.stream().distinct().count());
    }

    @Test
    void healthyProbesAreNotLoggedButStillGetAnId() throws Exception {
        ApiResponse probe = api.anonymous().get("/health/liveness");

        assertEquals(200, probe.status());
        assertTrue(probe.header("x-ms-request-id").isPresent());
        assertEquals(List.of(), lines());
    }

    @Test
    void aPathThatMatchesNoRouteIsLoggedWithoutThePath() throws Exception {
        api.anonymous().get("/nothing-here/maija@example.fi");

        JsonNode line = lines().get(0);
        assertEquals(RequestLogFilter.UNMATCHED, line.path("route").asText());
        assertFalse(written.toString(StandardCharsets.UTF_8).contains("maija"));
    }

    private List<JsonNode> lines() throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> lines = new ArrayList<>();
        for (String line : written.toString(StandardCharsets.UTF_8).split("\n")) {
            if (!line.isBlank()) {
                lines.add(json.readTree(line));
            }
        }
        return lines;
    }

    /** The encoder of the console appender that logback.xml configures for LOG_FORMAT=json. */
    @SuppressWarnings("unchecked")
    private static Encoder<ILoggingEvent> productionJsonEncoder() throws JoranException {
        LoggerContext production = new LoggerContext();
        production.setName("production-" + UUID.randomUUID());
        production.putProperty("LOG_FORMAT", "json");
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(production);
        configurator.doConfigure(RequestLogTest.class.getResource("/logback.xml"));
        var appender = (OutputStreamAppender<ILoggingEvent>) production.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("STDOUT");
        return appender.getEncoder();
    }
}
