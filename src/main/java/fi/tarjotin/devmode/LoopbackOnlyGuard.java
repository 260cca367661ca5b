package fi.tarjotin.devmode;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.env.Environment;
import io.micronaut.core.annotation.Nullable;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;

/**
 * Stops the dev environment from starting where others could reach it: POST /dev/token gives an admin
 * token to anyone who asks, so the server must listen on a loopback address only, unless
 * {@value #ALLOW_REMOTE} says that something else (a container port published to the host's loopback
 * alone) keeps others out.
 */
@Context
@Requires(env = Environment.DEVELOPMENT)
class LoopbackOnlyGuard {

    static final String ALLOW_REMOTE = "tarjotin.dev.allow-remote-sign-in";

    LoopbackOnlyGuard(@Nullable @Value("${micronaut.server.host:}") String host,
                      @Value("${" + ALLOW_REMOTE + ":false}") boolean allowRemote) {
        if (!allowRemote && !isLoopback(host)) {
            throw new IllegalStateException("The dev environment hands out admin tokens to anyone who can reach it, "
                    + "but micronaut.server.host is " + (host == null || host.isBlank() ? "not set (all interfaces)"
                    : "'" + host + "'") + ", not a loopback address. Listen on localhost, or set " + ALLOW_REMOTE
                    + "=true (TARJOTIN_DEV_ALLOW_REMOTE_SIGN_IN) where only you can reach the port.");
        }
    }

    /** Whether every address the host name stands for is a loopback address; no host means all interfaces. */
    static boolean isLoopback(@Nullable String host) {
        if (host == null || host.isBlank()) {
            return false;
        }
        try {
            InetAddress[] addresses = InetAddress.getAllByName(host.strip());
            return addresses.length > 0 && Arrays.stream(addresses).allMatch(InetAddress::isLoopbackAddress);
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
