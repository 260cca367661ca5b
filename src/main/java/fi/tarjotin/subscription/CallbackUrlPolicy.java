package fi.tarjotin.subscription;

import fi.tarjotin.error.BadRequestException;
import jakarta.inject.Singleton;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Where the service may be made to post: https only, to a host matching the configured patterns (Power
 * Automate's callback hosts by default), never to an IP literal, localhost or a private address, so that
 * a subscription cannot aim the service at the network it runs in.
 */
@Singleton
class CallbackUrlPolicy {

    static final String FIELD = "notificationUrl";
    private static final Pattern DNS_NAME = Pattern.compile("^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}$");
    private static final Pattern IPV4 = Pattern.compile("^[0-9.]+$");

    private final WebhookSettings settings;

    CallbackUrlPolicy(WebhookSettings settings) {
        this.settings = settings;
    }

    /** The callback as an absolute URI, or 400 {@code CALLBACK_URL_NOT_ALLOWED}. */
    URI check(String url) {
        URI uri = parse(url);
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        boolean schemeAllowed = scheme.equals("https") || (settings.isAllowHttp() && scheme.equals("http"));
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        if (!schemeAllowed || uri.getRawUserInfo() != null || host.isEmpty()) {
            throw refused();
        }
        if (settings.isAllowLoopback() && isLoopbackLiteral(host)) {
            return uri;
        }
        if (isIpLiteral(host) || host.equals("localhost") || host.endsWith(".localhost") || !DNS_NAME.matcher(host).matches()) {
            throw refused();
        }
        if (uri.getPort() != -1 && uri.getPort() != 443) {
            throw refused();
        }
        if (settings.getAllowedHosts().stream().noneMatch(pattern -> matches(pattern, host))) {
            throw refused();
        }
        return uri;
    }

    /**
     * Checked again right before each delivery: the name must still resolve to public addresses only, so
     * that a DNS record turned to an internal address is not followed.
     */
    boolean resolvesToPublicAddresses(URI uri) {
        String host = uri.getHost();
        if (settings.isAllowLoopback() && isLoopbackLiteral(host.toLowerCase(Locale.ROOT))) {
            return true;
        }
        try {
            for (InetAddress address : InetAddress.getAllByName(host)) {
                if (isInternal(address)) {
                    return false;
                }
            }
            return true;
        } catch (UnknownHostException e) {
            return false;
        }
    }

    static boolean matches(String pattern, String host) {
        String p = pattern.strip().toLowerCase(Locale.ROOT);
        if (p.startsWith("*.")) {
            return host.endsWith(p.substring(1)) && host.length() > p.length() - 1;
        }
        return host.equals(p);
    }

    private static boolean isInternal(InetAddress a) {
        byte[] b = a.getAddress();
        boolean uniqueLocalV6 = b.length == 16 && (b[0] & 0xfe) == 0xfc;
        boolean sharedV4 = b.length == 4 && (b[0] & 0xff) == 100 && (b[1] & 0xc0) == 64;
        return a.isLoopbackAddress() || a.isSiteLocalAddress() || a.isLinkLocalAddress() || a.isAnyLocalAddress()
                || a.isMulticastAddress() || uniqueLocalV6 || sharedV4;
    }

    private static boolean isIpLiteral(String host) {
        return host.startsWith("[") || host.contains(":") || IPV4.matcher(host).matches();
    }

    private static boolean isLoopbackLiteral(String host) {
        return host.equals("127.0.0.1") || host.equals("[::1]") || host.equals("::1");
    }

    private static URI parse(String url) {
        if (url == null || url.isBlank() || url.length() > 2000) {
            throw refused();
        }
        try {
            URI uri = new URI(url.strip());
            if (!uri.isAbsolute() || uri.isOpaque()) {
                throw refused();
            }
            return uri;
        } catch (URISyntaxException e) {
            throw refused();
        }
    }

    private static BadRequestException refused() {
        return new BadRequestException("CALLBACK_URL_NOT_ALLOWED", FIELD);
    }
}
