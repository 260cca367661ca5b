package fi.tarjotin.devmode;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The dev sign-in hands out admin tokens, so the dev environment listens on loopback unless told otherwise. */
class DevSignInLoopbackTest extends DevEnvironment {

    @Test
    void theDevEnvironmentRefusesToListenOnAllInterfaces() {
        RuntimeException refused = assertThrows(RuntimeException.class, () -> start(Map.of("micronaut.server.host", "0.0.0.0")));

        String messages = messages(refused);
        assertTrue(messages.contains("tarjotin.dev.allow-remote-sign-in"), messages);
        assertTrue(messages.contains("'0.0.0.0'"), messages);
    }

    @Test
    void theDevEnvironmentListensOnAllInterfacesWhenTheKeySaysSo() {
        try (EmbeddedServer server = start(Map.of("micronaut.server.host", "0.0.0.0",
                "tarjotin.dev.allow-remote-sign-in", "true"))) {
            assertTrue(server.isRunning());
        }
    }

    @Test
    void theDevEnvironmentStartsOnLocalhost() {
        try (EmbeddedServer server = start(Map.of("micronaut.server.host", "localhost"))) {
            assertTrue(server.isRunning());
        }
    }

    private EmbeddedServer start(Map<String, String> more) {
        Map<String, Object> properties = new HashMap<>(getProperties());
        properties.putAll(more);
        return ApplicationContext.run(EmbeddedServer.class, properties, "dev");
    }

    private static String messages(Throwable t) {
        StringBuilder all = new StringBuilder();
        for (Throwable cause = t; cause != null; cause = cause.getCause()) {
            all.append(cause.getMessage()).append('\n');
        }
        return all.toString();
    }
}
