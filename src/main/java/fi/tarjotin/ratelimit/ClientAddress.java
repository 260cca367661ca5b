package fi.tarjotin.ratelimit;

import io.micronaut.http.HttpRequest;

import java.util.ArrayList;
import java.util.List;

/**
 * The address a request is budgeted by. Behind trusted proxies it comes from X-Forwarded-For, counted
 * from the right: each proxy appends the address it received the connection from, so only the entries
 * our own proxies wrote can be believed; everything to their left is whatever the client sent.
 */
final class ClientAddress {

    private ClientAddress() {
    }

    static String of(HttpRequest<?> request, RateLimitProperties properties) {
        if (properties.isTrustForwardedFor()) {
            List<String> entries = forwardedFor(request);
            int hops = properties.getTrustedProxyHops();
            if (entries.size() >= hops) {
                return entries.get(entries.size() - hops);
            }
        }
        return request.getRemoteAddress().getAddress().getHostAddress();
    }

    /** Every entry of every X-Forwarded-For header, in order: a client may send the header more than once. */
    private static List<String> forwardedFor(HttpRequest<?> request) {
        List<String> entries = new ArrayList<>();
        for (String header : request.getHeaders().getAll("X-Forwarded-For")) {
            for (String entry : header.split(",")) {
                if (!entry.isBlank()) {
                    entries.add(entry.strip());
                }
            }
        }
        return entries;
    }
}
