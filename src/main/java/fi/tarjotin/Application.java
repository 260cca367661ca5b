package fi.tarjotin;

import io.micronaut.runtime.Micronaut;

/** Starts the Tarjotin service. */
public class Application {

    public static void main(String[] args) {
        Micronaut.build(args).mainClass(Application.class).defaultEnvironments("dev").start();
    }
}
