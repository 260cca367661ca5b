package fi.tarjotin.config;

import fi.tarjotin.support.Api;
import fi.tarjotin.support.Person;
import fi.tarjotin.support.TestEnvironment;
import fi.tarjotin.support.TestTokens;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;

import static fi.tarjotin.support.CatalogueFixture.aWorkTrial;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Responses come in an encoding that a plain HTTP client decodes with the JDK alone: gzip or deflate when asked
 * for, gzip or nothing for {@code *}, and uncompressed when only codings like br or snappy are offered. The lists
 * are made long enough to be worth compressing. The three lists: ListMunicipalities, SearchOpportunities and
 * ListOpportunityChanges.
 */
@MicronautTest
class ResponseCompressionTest extends TestEnvironment {


    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Inject
    Api api;

    String reader;

    @BeforeAll
    void setUp() {
        String admin = TestTokens.v2().admin().as(Person.named("Aino Ylläpitäjä")).sign();
        reader = TestTokens.v1().as(Person.named("Ville Valmentaja")).sign();
        UUID organisation = UUID.fromString(api.as(admin).post("/api/v1/organisations",
                "{\"name\":\"Kiteen Työpaja ry\",\"kind\":\"ASSOCIATION\",\"municipalityCodes\":[\"260\"]}").text("id"));
        for (int i = 0; i < 4; i++) {
            String id = api.as(admin).post("/api/v1/opportunities", aWorkTrial(organisation, "Kokeilu " + i, "260"))
                    .text("id");
            api.as(admin).post("/api/v1/opportunities/" + id + "/publish", null);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/municipalities", "/api/v1/opportunities?municipality=260",
            "/api/v1/opportunities/changes?since=2000-01-01T00:00:00Z"})
    void anyEncodingIsAnsweredInGzipOrUncompressedAndDecodesWithThePlainJdk(String path) {
        HttpResponse<byte[]> response = get(path, "*");

        String encoding = response.headers().firstValue("Content-Encoding").orElse("identity");
        assertTrue(List.of("gzip", "identity").contains(encoding), path + " answered " + encoding);
        assertDecodesToTheList(path, response);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/municipalities", "/api/v1/opportunities?municipality=260",
            "/api/v1/opportunities/changes?since=2000-01-01T00:00:00Z"})
    void gzipIsAnsweredInGzip(String path) {
        HttpResponse<byte[]> response = get(path, "gzip");

        assertEquals("gzip", response.headers().firstValue("Content-Encoding").orElse("identity"), path);
        assertDecodesToTheList(path, response);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/municipalities", "/api/v1/opportunities?municipality=260",
            "/api/v1/opportunities/changes?since=2000-01-01T00:00:00Z"})
    void deflateIsAnsweredInDeflate(String path) {
        HttpResponse<byte[]> response = get(path, "deflate, snappy");

        assertEquals("deflate", response.headers().firstValue("Content-Encoding").orElse("identity"), path);
        assertDecodesToTheList(path, response);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/municipalities", "/api/v1/opportunities?municipality=260",
            "/api/v1/opportunities/changes?since=2000-01-01T00:00:00Z"})
    void codingsThatOrdinaryClientsDoNotDecodeAreNeverUsed(String path) {
        for (String offered : List.of("br, snappy", "zstd", "snappy;q=1, gzip;q=0", "*;q=0")) {
            HttpResponse<byte[]> response = get(path, offered);

            assertEquals("identity", response.headers().firstValue("Content-Encoding").orElse("identity"),
                    path + " with Accept-Encoding: " + offered);
            assertDecodesToTheList(path, response);
        }
    }

    private void assertDecodesToTheList(String path, HttpResponse<byte[]> response) {
        assertEquals(200, response.statusCode(), path);
        String body = decoded(response);
        assertTrue(body.startsWith("{\"value\":[{"), path + " did not decode to a non-empty list: "
                + body.substring(0, Math.min(80, body.length())));
        assertTrue(body.length() > 1024, path + " is too short to be compressed at all: " + body.length());
    }

    private static String decoded(HttpResponse<byte[]> response) {
        String encoding = response.headers().firstValue("Content-Encoding").orElse("identity");
        try (InputStream raw = new ByteArrayInputStream(response.body());
             InputStream in = switch (encoding) {
                 case "gzip" -> new GZIPInputStream(raw);
                 case "deflate" -> new InflaterInputStream(raw);
                 default -> raw;
             }) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("the body in " + encoding + " did not decode", e);
        }
    }

    private HttpResponse<byte[]> get(String path, String acceptEncoding) {
        HttpRequest request = HttpRequest.newBuilder(api.uri(path)).header("Authorization", "Bearer " + reader)
                .header("Accept-Encoding", acceptEncoding).GET().build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
