package fi.tarjotin.publicsite;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Every public response (JSON, Atom, HSDS, embed pages) leaves through here: rendered once, kept for a few
 * seconds per instance so that a popular municipality page does not reach the database on every view,
 * tagged with an ETag of its bytes, marked cacheable for browsers and proxies for a short while, and
 * answered with 304 when the client already has those bytes.
 */
@Singleton
public class PublicResponses {

    /** A rendered response: what is sent, before the caching headers. */
    public record Rendered(HttpStatus status, String contentType, String body, Map<String, String> headers) {

        public static Rendered ok(String contentType, String body) {
            return new Rendered(HttpStatus.OK, contentType, body, Map.of());
        }

        public Rendered with(Map<String, String> moreHeaders) {
            return new Rendered(status, contentType, body, moreHeaders);
        }

        String etag() {
            try {
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8));
                return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 27) + "\"";
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private final Cache<String, Tagged> rendered;
    private final String cacheControl;

    PublicResponses(@Value("${tarjotin.public-site.cache-seconds:30}") int cacheSeconds,
                    @Value("${tarjotin.public-site.max-age-seconds:60}") int maxAgeSeconds) {
        this.rendered = Caffeine.newBuilder().maximumSize(cacheSeconds > 0 ? 5_000 : 0)
                .expireAfterWrite(Duration.ofSeconds(Math.max(cacheSeconds, 1))).build();
        this.cacheControl = "public, max-age=" + maxAgeSeconds;
    }

    private record Tagged(Rendered response, String etag) {
    }

    /** The response to a public GET: from this instance's short cache or rendered now, with ETag and 304. */
    public MutableHttpResponse<String> respond(HttpRequest<?> request, Supplier<Rendered> render) {
        String key = request.getHeaders().get(HttpHeaders.HOST) + " " + request.getUri();
        Tagged tagged = rendered.get(key, k -> {
            Rendered r = render.get();
            return new Tagged(r, r.etag());
        });
        Rendered r = tagged.response();
        MutableHttpResponse<String> response;
        if (r.status() == HttpStatus.OK && matches(request.getHeaders().get(HttpHeaders.IF_NONE_MATCH), tagged.etag())) {
            response = HttpResponse.notModified();
        } else {
            response = HttpResponse.<String>status(r.status()).body(r.body())
                    .header(HttpHeaders.CONTENT_TYPE, r.contentType());
        }
        r.headers().forEach(response::header);
        return response.header(HttpHeaders.ETAG, tagged.etag()).header(HttpHeaders.CACHE_CONTROL, cacheControl);
    }

    /** Forgets every rendered response: a listing that is or was public changed. */
    void forgetAll() {
        rendered.invalidateAll();
    }

    /** Whether If-None-Match names this entity tag (weak comparison, as RFC 9110 asks for GET). */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.equals("*") || (tag.startsWith("W/") ? tag.substring(2) : tag).equals(etag)) {
                return true;
            }
        }
        return false;
    }
}
