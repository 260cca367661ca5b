package fi.tarjotin;

import io.micronaut.runtime.Micronaut;

/** Starts the Tarjotin service. */
public class Application {

    public static void main(String[] args) {
        // No default environment: only `./mvnw mn:run` selects dev (see pom.xml), so a jar started without
        // configuration runs as production does and refuses to start without the Entra settings.
        Micronaut.build(args).mainClass(Application.class).start();
    }
}
