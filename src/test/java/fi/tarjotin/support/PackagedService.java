package fi.tarjotin.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged service ({@code target/tarjotin.jar}) in its own process, as operators run it: Entra
 * settings pointing at the test JWKS, an H2 file database in a directory of the test's choosing.
 */
public final class PackagedService implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private final Path dataDir;
    private final int port;
    private final String logName;
    private String databaseUrl;
    private Map<String, String> settings = Map.of();
    private List<String> jvmOptions = List.of();
    private Process process;

    private PackagedService(Path dataDir, String logName) {
        this.dataDir = dataDir;
        this.port = freePort();
        this.logName = logName;
    }

    /**
     * Starts the jar on a database it shares with others (H2 in server mode standing in for Azure SQL), with
     * further settings as environment variables and options for its JVM.
     */
    public static PackagedService startOnSharedDatabase(String databaseUrl, String logName, Map<String, String> settings,
                                                       List<String> jvmOptions) {
        PackagedService service = new PackagedService(null, logName);
        service.databaseUrl = databaseUrl;
        service.settings = Map.copyOf(settings);
        service.jvmOptions = List.copyOf(jvmOptions);
        service.start();
        return service;
    }

    /** Starts the jar on a new, empty database directory under target/. */
    public static PackagedService startOnEmptyDatabase(String logName) throws IOException {
        PackagedService service = new PackagedService(Files.createTempDirectory(Path.of("target"), "packaged-db-"),
                logName);
        service.start();
        return service;
    }

    /** Starts the jar (again) on this service's database directory and waits until it is healthy. */
    public PackagedService start() {
        Path jar = Path.of("target", "tarjotin.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException("run through `./mvnw verify`, which packages the jar first");
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command);
        Map<String, String> env = builder.environment();
        env.put("MICRONAUT_SERVER_PORT", Integer.toString(port));
        env.put("DATASOURCES_DEFAULT_URL", databaseUrl != null ? databaseUrl : "jdbc:h2:file:"
                + dataDir.toAbsolutePath().resolve("tarjotin")
                + ";MODE=MSSQLServer;DATABASE_TO_UPPER=FALSE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;IGNORECASE=TRUE");
        env.put("TARJOTIN_ENTRA_HOME_TENANT_ID", TestTokens.HOME_TENANT.toString());
        env.put("TARJOTIN_ENTRA_AUDIENCES", TestTokens.CLIENT_ID + "," + TestTokens.APP_ID_URI);
        env.put("TARJOTIN_ENTRA_JWKS_URI", TestKeys.jwksUri());
        env.remove("MICRONAUT_ENVIRONMENTS");
        // No credential of the machine running the tests reaches the service.
        env.keySet().removeIf(name -> name.startsWith("AZURE_") || name.startsWith("IDENTITY_") || name.startsWith("MSI_"));
        env.putAll(settings);
        builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(
                new File("target/" + logName + ".log")));
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        awaitHealthy(Duration.ofSeconds(90));
        return this;
    }

    /** Ends the process at once, as a crash or {@code kill -9} would: no shutdown hooks, no flushing. */
    public void crash() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    public String base() {
        return "http://127.0.0.1:" + port;
    }

    public HttpResponse<String> call(String method, String pathOrUrl, String token, String body) throws IOException,
            InterruptedException {
        URI uri = URI.create(pathOrUrl.startsWith("http") ? pathOrUrl : base() + pathOrUrl);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).method(method,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() {
        if (process != null) {
            process.destroy();
        }
    }

    private void awaitHealthy(Duration limit) {
        Instant deadline = Instant.now().plus(limit);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the service stopped: see target/" + logName + ".log");
            }
            try {
                if (call("GET", "/health", null, null).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYetListening) {
                // still starting
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                process.waitFor(200, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("not healthy within " + limit + ": see target/" + logName + ".log");
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
