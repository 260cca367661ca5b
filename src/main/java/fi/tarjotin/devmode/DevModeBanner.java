package fi.tarjotin.devmode;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.env.Environment;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Tells whoever started the dev environment how to sign in, once the server listens. */
@Singleton
@Requires(env = Environment.DEVELOPMENT)
class DevModeBanner implements ApplicationEventListener<ServerStartupEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(DevModeBanner.class);

    @Override
    public void onApplicationEvent(ServerStartupEvent event) {
        String baseUrl = event.getSource().getURL().toString().replaceAll("/$", "");
        LOG.info("\n{}", DevGuide.howTo(baseUrl));
    }
}
