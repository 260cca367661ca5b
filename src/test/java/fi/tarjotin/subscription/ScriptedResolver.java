package fi.tarjotin.subscription;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A DNS server of the test's making, in test classes that set {@link #ENABLED}: per host a first answer,
 * and another one for every later question; names it was not told about do not resolve.
 */
@Singleton
@Replaces(CallbackResolver.class)
@Requires(property = ScriptedResolver.ENABLED, value = "true")
class ScriptedResolver extends CallbackResolver {

    static final String ENABLED = "test.scripted-dns";

    private final Map<String, List<List<InetAddress>>> answers = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> asked = new ConcurrentHashMap<>();

    void answer(String host, List<InetAddress> first, List<InetAddress> later) {
        answers.put(host, List.of(first, later));
    }

    int lookups(String host) {
        return asked.getOrDefault(host, new AtomicInteger()).get();
    }

    @Override
    List<InetAddress> resolve(String host) throws UnknownHostException {
        List<List<InetAddress>> scripted = answers.get(host);
        if (scripted == null) {
            throw new UnknownHostException(host);
        }
        int n = asked.computeIfAbsent(host, h -> new AtomicInteger()).getAndIncrement();
        return scripted.get(n == 0 ? 0 : 1);
    }
}
