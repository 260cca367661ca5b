package fi.tarjotin.subscription;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InternalAddressesTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "0.0.0.0", "0.1.2.3",                          // this network
            "10.0.0.1", "172.16.0.1", "172.31.255.254", "192.168.1.1",
            "100.64.0.1", "100.127.255.254",               // carrier-grade NAT
            "127.0.0.1", "127.0.0.2",
            "169.254.169.254",                             // link-local, cloud metadata
            "192.0.0.1",
            "198.18.0.1", "198.19.255.254",                // benchmarking
            "224.0.0.1", "240.0.0.1", "255.255.255.255",
            "::", "::1", "::7f00:1",                       // unspecified, loopback, IPv4-compatible
            "fe80::1", "fec0::1", "fc00::1", "fd12:3456::1", "ff02::1",
            "2002:7f00:1::", "2002:a00:1::1", "2002:c0a8:101::", "2002:a9fe:a9fe::", // 6to4 of internal IPv4
            "64:ff9b::7f00:1", "64:ff9b::a00:1", "64:ff9b::a9fe:a9fe", "64:ff9b:1::1", // NAT64 of internal IPv4
            "2001:0:4136:e378:8000:63bf:3fff:fdd2",        // Teredo
            "100::1"})
    void internalAddressesAreRecognised(String address) throws UnknownHostException {
        assertTrue(InternalAddresses.isInternal(InetAddress.getByName(address)), address);
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "10.1.2.3", "0.0.0.0", "100.64.0.1", "198.18.0.1", "169.254.169.254",
            "192.168.0.1", "172.16.5.4"})
    void ipv4MappedIntoIpv6IsJudgedByItsIpv4Address(String v4) throws UnknownHostException {
        assertTrue(InternalAddresses.isInternal(mapped(v4)), "::ffff:" + v4);
    }

    @ParameterizedTest
    @ValueSource(strings = {"20.50.1.2", "52.236.186.1", "8.8.8.8", "100.63.255.255", "100.128.0.1",
            "172.15.255.255", "172.32.0.1", "198.17.255.255", "198.20.0.1", "223.255.255.254",
            "2603:1020:201::1", "2a01:111:f100::1", "2002:1432:102::1", "64:ff9b::1432:102"})
    void publicAddressesAreNotInternal(String address) throws UnknownHostException {
        assertFalse(InternalAddresses.isInternal(InetAddress.getByName(address)), address);
    }

    @ParameterizedTest
    @ValueSource(strings = {"20.50.1.2", "8.8.8.8"})
    void aPublicIpv4MappedIntoIpv6IsPublic(String v4) throws UnknownHostException {
        assertFalse(InternalAddresses.isInternal(mapped(v4)));
    }

    /** ::ffff:a.b.c.d kept as an IPv6 address (InetAddress.getByName would turn it into IPv4). */
    private static InetAddress mapped(String v4) throws UnknownHostException {
        byte[] four = InetAddress.getByName(v4).getAddress();
        byte[] sixteen = new byte[16];
        sixteen[10] = (byte) 0xff;
        sixteen[11] = (byte) 0xff;
        System.arraycopy(four, 0, sixteen, 12, 4);
        InetAddress address = Inet6Address.getByAddress(null, sixteen, -1);
        assertTrue(address instanceof Inet6Address);
        return address;
    }
}
