package fi.tarjotin;

import fi.tarjotin.synthetic.SeedCommand;
import io.micronaut.runtime.Micronaut;

import java.util.TimeZone;

/** Starts the Tarjotin service. */
public class Application {

    public static void main(String[] args) {
        // Times are stored as UTC DATETIME2; JDBC converts through the JVM zone, so that zone is UTC.
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
        if (args.length > 0 && args[0].equals(SeedCommand.NAME)) {
            SeedCommand.run(args);
            return;
        }
        // No banner: in production every log line is JSON.
        Micronaut.build(args).mainClass(Application.class).banner(false).start();
    }
}
