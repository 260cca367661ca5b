package fi.tarjotin.synthetic;

import io.micronaut.context.ApplicationContext;

import java.util.List;

/**
 * {@code java -jar tarjotin.jar seed-synthetic --listings N [--seed S]}: fills the configured database
 * (migrating it first) with a synthetic catalogue for load tests, then exits. Runs without the HTTP server
 * and without sign-in settings, in the {@code cli} environment.
 */
public final class SeedCommand {

    public static final String NAME = "seed-synthetic";
    public static final String ENVIRONMENT = "cli";

    private SeedCommand() {
    }

    public static void run(String[] args) {
        List<String> options = List.of(args);
        int listings = Integer.parseInt(option(options, "--listings", "100000"));
        long seed = Long.parseLong(option(options, "--seed", "20261124"));
        if (listings < 1 || listings > 2_000_000) {
            throw new IllegalArgumentException("--listings must be between 1 and 2000000");
        }
        try (ApplicationContext context = ApplicationContext.builder().environments(ENVIRONMENT).start()) {
            SyntheticCatalogue catalogue = context.getBean(SyntheticCatalogue.class);
            catalogue.seed(listings, seed);
            catalogue.compactEmbeddedDatabase();
        }
    }

    private static String option(List<String> args, String name, String fallback) {
        int at = args.indexOf(name);
        if (at >= 0 && at + 1 < args.size()) {
            return args.get(at + 1);
        }
        return args.stream().filter(a -> a.startsWith(name + "=")).map(a -> a.substring(name.length() + 1))
                .findFirst().orElse(fallback);
    }
}
