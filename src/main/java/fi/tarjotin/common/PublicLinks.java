package fi.tarjotin.common;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.uri.UriBuilder;
import jakarta.inject.Singleton;

import java.net.URI;
import java.util.Map;

/**
 * Absolute links back to the service ({@code nextLink}, {@code Location}): based on
 * {@code tarjotin.public-base-url} behind a proxy or gateway, else on the request's own host.
 */
@Singleton
public class PublicLinks {

    private static final java.util.regex.Pattern HOST = java.util.regex.Pattern.compile("[A-Za-z0-9.\\-]{1,253}(:\\d{1,5})?|\\[[0-9a-fA-F:]+\\](:\\d{1,5})?");

    private final String configuredBase;

    PublicLinks(@Nullable @Value("${tarjotin.public-base-url:}") String configuredBase) {
        this.configuredBase = configuredBase == null || configuredBase.isBlank()
                ? null : configuredBase.replaceAll("/+$", "");
    }

    /** The absolute URL of a path of this service. */
    public URI to(HttpRequest<?> request, String path) {
        return URI.create(base(request) + path);
    }

    /** The request's own URL with some query parameters replaced (for {@code nextLink}). */
    public String withQuery(HttpRequest<?> request, Map<String, String> replacements) {
        UriBuilder builder = UriBuilder.of(URI.create(base(request) + request.getPath()));
        request.getParameters().forEach((name, values) -> {
            if (!replacements.containsKey(name)) {
                values.forEach(v -> builder.queryParam(name, v));
            }
        });
        replacements.forEach(builder::queryParam);
        return builder.build().toString();
    }

    private String base(HttpRequest<?> request) {
        if (configuredBase != null) {
            return configuredBase;
        }
        String host = request.getHeaders().get(HttpHeaders.HOST);
        if (host == null || !HOST.matcher(host).matches()) {
            host = request.getServerAddress().getHostString() + ":" + request.getServerAddress().getPort();
        }
        String scheme = request.isSecure() ? "https" : "http";
        String forwardedProto = request.getHeaders().get("X-Forwarded-Proto");
        if ("https".equalsIgnoreCase(forwardedProto)) {
            scheme = "https";
        }
        return scheme + "://" + host;
    }
}
