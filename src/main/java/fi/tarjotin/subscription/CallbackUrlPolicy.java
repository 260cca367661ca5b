package fi.tarjotin.subscription;

import fi.tarjotin.error.BadRequestException;
import fi.tarjotin.error.ErrorCode;
import jakarta.inject.Singleton;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Where the service may be made to post: https only, to a host matching the configured patterns (Power
 * Automate's callback hosts by default), never to an IP literal, localhost or an internal address (see
 * {@link InternalAddresses}), so that a subscription cannot aim the service at the network it runs in.
 */
@Singleton
class CallbackUrlPolicy {

    static final String FIELD = "notificationUrl";
    private static final Pattern DNS_NAME = Pattern.compile("^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}$");
    private static final Pattern IPV4 = Pattern.compile("^[0-9.]+$");

    private final WebhookSettings settings;
    private final CallbackResolver resolver;

    CallbackUrlPolicy(WebhookSettings settings, CallbackResolver resolver) {
        this.settings = settings;
        this.resolver = resolver;
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
        // Tests run their receiver on a port of their own.
        if (uri.getPort() != -1 && uri.getPort() != 443 && !settings.isAllowLoopback()) {
            throw refused();
        }
        if (settings.getAllowedHosts().stream().noneMatch(pattern -> matches(pattern, host))) {
            throw refused();
        }
        return uri;
    }

    /**
     * The addresses a delivery may connect to: the host is resolved once, here, right before the delivery,
     * and every address must be public, so that a DNS record turned to an internal address is not followed.
     * The connection then goes to exactly these addresses: resolving again could give other ones.
     *
     * @throws InternalAddressException if any address is internal
     * @throws UnknownHostException if the host does not resolve
     */
    List<InetAddress> addressesToConnect(String host) throws UnknownHostException {
        List<InetAddress> addresses = isIpLiteral(host)
                // A literal is parsed, never looked up (only tests have literal callbacks).
                ? List.of(InetAddress.getByName(host))
                : resolver.resolve(host);
        for (InetAddress address : addresses) {
            if (InternalAddresses.isInternal(address)
                    && !(settings.isAllowLoopback() && InternalAddresses.isTestLoopback(address))) {
                throw new InternalAddressException();
            }
        }
        return addresses;
    }

    /** A callback host resolved to an address the service must not connect to. */
    static final class InternalAddressException extends UnknownHostException {
        InternalAddressException() {
            super("callback host does not resolve to public addresses only");
        }
    }

    static boolean matches(String pattern, String host) {
        String p = pattern.strip().toLowerCase(Locale.ROOT);
        if (p.startsWith("*.")) {
            return host.endsWith(p.substring(1)) && host.length() > p.length() - 1;
        }
        return host.equals(p);
    }

    static boolean isIpLiteral(String host) {
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
        return new BadRequestException(ErrorCode.CALLBACK_URL_NOT_ALLOWED, FIELD);
    }
}
