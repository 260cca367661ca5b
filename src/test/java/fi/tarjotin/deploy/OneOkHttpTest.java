package fi.tarjotin.deploy;

import com.sun.net.httpserver.HttpServer;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.autoconfigure.AutoConfiguredOpenTelemetrySdk;
import okhttp3.OkHttp;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URL;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The service carries one OkHttp, the 4.x release the Graph SDK is built on, and the OpenTelemetry exporter
 * (which would bring OkHttp 5) still sends traces through it. Two copies of the same classes would let the
 * order of the jars decide which one the Graph client and the webhook delivery get.
 */
class OneOkHttpTest {

    @Test
    void okHttpClassesComeFromExactlyOneJar() throws IOException {
        for (String type : List.of("okhttp3/OkHttpClient.class", "okhttp3/Dns.class", "okhttp3/OkHttp.class")) {
            List<URL> copies = Collections.list(getClass().getClassLoader().getResources(type));
            assertEquals(1, copies.size(), type + " is in " + copies);
        }
    }

    @Test
    void theOkHttpIsTheMajorReleaseTheGraphSdkDeclares() {
        assertTrue(OkHttp.VERSION.startsWith("4."), "kiota-http-okHttp and microsoft-graph-core declare OkHttp 4, "
                + "this is " + OkHttp.VERSION);
    }

    @Test
    void tracesAreExportedOverOtlpThroughThatOkHttp() throws IOException {
        List<String> received = new CopyOnWriteArrayList<>();
        HttpServer collector = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        collector.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            received.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath() + " "
                    + exchange.getRequestHeaders().getFirst("Content-Type"));
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        collector.start();
        try {
            OpenTelemetrySdk sdk = sdk(Map.of("otel.exporter.otlp.protocol", "http/protobuf",
                    "otel.exporter.otlp.traces.endpoint",
                    "http://127.0.0.1:" + collector.getAddress().getPort() + "/v1/traces"));
            Tracer tracer = sdk.getTracer("one-okhttp-check");
            tracer.spanBuilder("GET /api/v1/opportunities").startSpan().end();

            // Shutting down flushes the batch: the export has happened (or failed) once this returns.
            assertTrue(sdk.shutdown().join(30, TimeUnit.SECONDS).isSuccess(), "the export did not succeed");
        } finally {
            collector.stop(0);
        }
        assertEquals(List.of("POST /v1/traces application/x-protobuf"), received);
    }

    @Test
    void theDefaultGrpcExporterStartsOnThatOkHttp() {
        OpenTelemetrySdk sdk = sdk(Map.of("otel.exporter.otlp.protocol", "grpc",
                "otel.exporter.otlp.endpoint", "http://127.0.0.1:4317"));

        assertTrue(sdk.toString().contains("OtlpGrpcSpanExporter"), sdk.toString());
        sdk.shutdown().join(30, TimeUnit.SECONDS);
    }

    /** The SDK as micronaut-tracing-opentelemetry builds it from the standard otel.* settings. */
    private static OpenTelemetrySdk sdk(Map<String, String> exporter) {
        Map<String, String> settings = new java.util.HashMap<>(Map.of("otel.traces.exporter", "otlp",
                "otel.metrics.exporter", "none", "otel.logs.exporter", "none", "otel.service.name", "tarjotin"));
        settings.putAll(exporter);
        return AutoConfiguredOpenTelemetrySdk.builder().addPropertiesSupplier(() -> settings).disableShutdownHook()
                .build().getOpenTelemetrySdk();
    }
}
