package fi.tarjotin.subscription;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.Arrays;

/**
 * Addresses a webhook must never reach: everything that is not a public unicast address of the internet,
 * in both IP versions, including IPv6 forms that carry an IPv4 address inside (IPv4-mapped and -compatible,
 * 6to4, NAT64), which are judged by the IPv4 address they lead to.
 */
final class InternalAddresses {

    private InternalAddresses() {
    }

    static boolean isInternal(InetAddress address) {
        byte[] b = address.getAddress();
        return b.length == 4 ? internalV4(b) : internalV6(b);
    }

    private static boolean internalV4(byte[] b) {
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        return first == 0                                        // 0.0.0.0/8 "this network"
                || first == 10                                   // private
                || (first == 100 && (second & 0xc0) == 64)       // 100.64.0.0/10 carrier-grade NAT
                || first == 127                                  // loopback
                || (first == 169 && second == 254)               // link-local, cloud metadata
                || (first == 172 && (second & 0xf0) == 16)       // private
                || (first == 192 && second == 0 && (b[2] & 0xff) == 0) // 192.0.0.0/24 protocol assignments
                || (first == 192 && second == 168)               // private
                || (first == 198 && (second & 0xfe) == 18)       // 198.18.0.0/15 benchmarking
                || first >= 224;                                 // multicast, reserved, broadcast
    }

    private static boolean internalV6(byte[] b) {
        if (allZero(b, 0, 10) && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
            return internalV4(Arrays.copyOfRange(b, 12, 16));    // ::ffff:a.b.c.d IPv4-mapped
        }
        if (allZero(b, 0, 12)) {
            return true;                                         // ::, ::1 and deprecated ::a.b.c.d
        }
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        if (first == 0x20 && second == 0x02) {
            return internalV4(Arrays.copyOfRange(b, 2, 6));      // 2002::/16 6to4
        }
        if (first == 0x00 && second == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b) {
            // 64:ff9b::/96 well-known NAT64 prefix; 64:ff9b:1::/48 is for local use only.
            return !allZero(b, 4, 12) || internalV4(Arrays.copyOfRange(b, 12, 16));
        }
        return (first == 0x20 && second == 0x01 && b[2] == 0 && b[3] == 0) // 2001::/32 Teredo hides its IPv4
                || (first == 0x01 && second == 0x00 && allZero(b, 2, 8))   // 100::/64 discard-only
                || (first & 0xfe) == 0xfc                                  // fc00::/7 unique local
                || (first == 0xfe && (second & 0xc0) == 0x80)              // fe80::/10 link-local
                || (first == 0xfe && (second & 0xc0) == 0xc0)              // fec0::/10 old site-local
                || first == 0xff;                                          // multicast
    }

    private static boolean allZero(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }

    /** Whether this is exactly 127.0.0.1 or ::1, which tests may allow as a receiver. */
    static boolean isTestLoopback(InetAddress address) {
        byte[] b = address.getAddress();
        return address instanceof Inet4Address ? Arrays.equals(b, new byte[] {127, 0, 0, 1})
                : address instanceof Inet6Address && allZero(b, 0, 15) && b[15] == 1;
    }
}
