package fi.tarjotin.subscription;

import jakarta.inject.Singleton;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/** Looks up a callback host's addresses: the system resolver; tests replace it to play a DNS server. */
@Singleton
class CallbackResolver {

    List<InetAddress> resolve(String host) throws UnknownHostException {
        return List.of(InetAddress.getAllByName(host));
    }
}
