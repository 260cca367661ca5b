package fi.tarjotin.support;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Calls the running service over real HTTP, as the connector would, and never throws on an error
 * status, so tests can look at any response.
 */
@Singleton
public class Api {

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final EmbeddedServer server;
    private final JsonMapper mapper;

    Api(EmbeddedServer server, JsonMapper mapper) {
        this.server = server;
        this.mapper = mapper;
    }

    public Call as(String token) {
        return new Call(token);
    }

    public Call anonymous() {
        return new Call(null);
    }

    public URI uri(String pathOrUrl) {
        return pathOrUrl.startsWith("http") ? URI.create(pathOrUrl) : URI.create(server.getURL() + pathOrUrl);
    }

    /** One request in the making: a token and any extra headers. */
    public final class Call {
        private final String token;
        private final Map<String, String> headers = new LinkedHashMap<>();

        private Call(String token) {
            this.token = token;
        }

        public Call header(String name, String value) {
            headers.put(name, value);
            return this;
        }

        public ApiResponse get(String path) {
            return send("GET", path, null);
        }

        public ApiResponse post(String path, String json) {
            return send("POST", path, json);
        }

        public ApiResponse patch(String path, String json) {
            return send("PATCH", path, json);
        }

        public ApiResponse put(String path, String json) {
            return send("PUT", path, json);
        }

        public ApiResponse delete(String path) {
            return send("DELETE", path, null);
        }

        /** Sends raw bytes as a JSON body, for bodies that are not even valid UTF-8. */
        public ApiResponse postBytes(String path, byte[] body) {
            return send("POST", path, HttpRequest.BodyPublishers.ofByteArray(body), true);
        }

        public ApiResponse send(String method, String path, String json) {
            return send(method, path, json == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json), json != null);
        }

        private ApiResponse send(String method, String path, HttpRequest.BodyPublisher body, boolean hasBody) {
            HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).method(method, body);
            if (hasBody) {
                request.header("Content-Type", "application/json");
            }
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            headers.forEach(request::setHeader);
            try {
                ApiResponse response = ApiResponse.of(http.send(request.build(), HttpResponse.BodyHandlers.ofString()), mapper);
                ResponseContract.check(method, uri(path), response);
                return response;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
