package fi.tarjotin.onboarding;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A web site origin allowed to embed a municipality's listings: {@code https://host[:port]}, nothing more.
 * It ends up in the embed page's CSP {@code frame-ancestors}, so anything that could widen that list
 * (wildcards, other schemes, paths, user info) is refused rather than cleaned up.
 */
record WebsiteOrigin(String value) {

    private static final Pattern HOST = Pattern.compile("^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)+$");
    static final int MAX_LENGTH = 300;

    /** The normalised origin (lower case, no default port), or empty where the text is no valid origin. */
    static Optional<WebsiteOrigin> parse(String text) {
        if (text == null || text.isBlank() || text.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(text.strip());
            String host = uri.getHost() == null ? null : uri.getHost().toLowerCase(Locale.ROOT);
            boolean bare = (uri.getRawPath() == null || uri.getRawPath().isEmpty()) && uri.getRawQuery() == null
                    && uri.getRawFragment() == null && uri.getRawUserInfo() == null;
            if (!"https".equalsIgnoreCase(uri.getScheme()) || host == null || !HOST.matcher(host).matches() || !bare) {
                return Optional.empty();
            }
            int port = uri.getPort();
            if (port == 0 || port > 65535) {
                return Optional.empty();
            }
            return Optional.of(new WebsiteOrigin("https://" + host + (port == -1 || port == 443 ? "" : ":" + port)));
        } catch (URISyntaxException malformed) {
            return Optional.empty();
        }
    }
}
