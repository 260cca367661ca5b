package fi.tarjotin;

import io.micronaut.runtime.Micronaut;

import java.util.TimeZone;

/** Starts the Tarjotin service. */
public class Application {

    public static void main(String[] args) {
        // Times are stored as UTC DATETIME2; JDBC converts through the JVM zone, so that zone is UTC.
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
        Micronaut.build(args).mainClass(Application.class).start();
    }
}
