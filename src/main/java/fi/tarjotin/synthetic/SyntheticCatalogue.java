package fi.tarjotin.synthetic;

import fi.tarjotin.codes.CodeList;
import fi.tarjotin.codes.CodeLists;
import fi.tarjotin.config.EmbeddedDatabaseCompaction;
import fi.tarjotin.municipality.Municipalities;
import fi.tarjotin.municipality.Municipality;
import fi.tarjotin.opportunity.BulkListingStore;
import fi.tarjotin.opportunity.BulkListingStore.NewListing;
import fi.tarjotin.organisation.BulkOrganisationStore;
import fi.tarjotin.organisation.BulkOrganisationStore.NewOrganisation;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.math.BigDecimal;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Fills the configured database with a realistic catalogue of N listings for load tests: organisations in
 * proportion (one per 50 listings), municipalities weighted by population, every type and target group,
 * Finnish text with words people search for, and a realistic share of drafts, closed and archived ones.
 * Rows go in through the owners' bulk stores, in JDBC batches (the API would take hours for 100,000).
 */
@Singleton
public class SyntheticCatalogue {

    private static final Logger LOG = LoggerFactory.getLogger(SyntheticCatalogue.class);
    private static final int BATCH = 1_000;
    private static final int LISTINGS_PER_ORGANISATION = 50;

    private final BulkOrganisationStore organisationStore;
    private final BulkListingStore listingStore;
    private final EmbeddedDatabaseCompaction compaction;
    private final TransactionOperations<Connection> transactions;
    private final Municipalities municipalities;
    private final CodeLists codes;
    private final Clock clock;

    SyntheticCatalogue(BulkOrganisationStore organisationStore, BulkListingStore listingStore,
                       EmbeddedDatabaseCompaction compaction, TransactionOperations<Connection> transactions,
                       Municipalities municipalities, CodeLists codes, Clock clock) {
        this.organisationStore = organisationStore;
        this.listingStore = listingStore;
        this.compaction = compaction;
        this.transactions = transactions;
        this.municipalities = municipalities;
        this.codes = codes;
        this.clock = clock;
    }

    public void seed(int listings, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Municipality> all = municipalities.all();
        long totalPopulation = all.stream().mapToLong(Municipality::population).sum();
        List<NewOrganisation> organisations = new ArrayList<>();
        int organisationCount = Math.max(1, listings / LISTINGS_PER_ORGANISATION);
        for (int i = 0; i < organisationCount; i++) {
            Set<String> where = new LinkedHashSet<>();
            where.add(weighted(all, totalPopulation, random));
            if (random.nextInt(4) == 0) {
                where.add(weighted(all, totalPopulation, random));
            }
            String home = municipalities.find(where.iterator().next()).map(Municipality::nameFi).orElse("");
            organisations.add(new NewOrganisation(UUID.randomUUID(), home + "n " + Vocabulary.pick(Vocabulary.ASSOCIATION_WORDS,
                    random) + " ry " + (i + 1), List.copyOf(where)));
        }
        Instant started = clock.instant();
        for (int from = 0; from < organisations.size(); from += BATCH) {
            List<NewOrganisation> batch = organisations.subList(from, Math.min(organisations.size(), from + BATCH));
            transactions.executeWrite(status -> {
                organisationStore.insert(batch, clock.instant());
                return null;
            });
        }
        Generator generator = new Generator(random, clock.instant().truncatedTo(ChronoUnit.MILLIS));
        for (int from = 0; from < listings; from += BATCH) {
            List<NewListing> batch = generator.listings(Math.min(BATCH, listings - from), organisations);
            transactions.executeWrite(status -> {
                listingStore.insert(batch);
                return null;
            });
            int count = batch.size();
            if ((from / BATCH) % 10 == 9) {
                LOG.info("{} listings written", from + count);
            }
        }
        LOG.info("Seeded {} organisations and {} listings in {} s", organisations.size(), listings,
                Duration.between(started, clock.instant()).toSeconds());
    }

    /**
     * On H2, rewrites the file without the space that bulk loading left behind (about 40 times the data)
     * and closes the database; call last.
     */
    public void compactEmbeddedDatabase() {
        compaction.compact();
    }

    /** Draws listings from the random source, in the order the seed fixes. */
    private final class Generator {

        private final SplittableRandom random;
        private final Instant now;
        private final List<String> types = codes.items(CodeList.OPPORTUNITY_TYPES).stream().map(i -> i.code()).toList();
        private final List<String> groups = codes.items(CodeList.TARGET_GROUPS).stream().map(i -> i.code()).toList();
        private final List<String> languages = codes.items(CodeList.LANGUAGES).stream().map(i -> i.code()).toList();
        private final List<String> modes = List.of("ONSITE", "ONSITE", "ONSITE", "HYBRID", "REMOTE");

        Generator(SplittableRandom random, Instant now) {
            this.random = random;
            this.now = now;
        }

        List<NewListing> listings(int count, List<NewOrganisation> organisations) {
            List<NewListing> batch = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                batch.add(listing(organisations.get(random.nextInt(organisations.size()))));
            }
            return batch;
        }

        private NewListing listing(NewOrganisation org) {
            String status = status(random);
            String type = types.get(random.nextInt(types.size()));
            String place = Vocabulary.pick(Vocabulary.PLACES, random);
            String task = Vocabulary.pick(Vocabulary.TASKS, random);
            String title = place + ": " + task;
            String summary = "Tehtävinä " + task + " ja " + Vocabulary.pick(Vocabulary.TASKS, random) + " "
                    + Vocabulary.pick(Vocabulary.QUALITIES, random) + ".";
            String description = "Tule mukaan " + place.toLowerCase() + "n arkeen. " + summary
                    + " Perehdytys ja työvaatteet järjestetään. Sopii myös, jos työkokemusta on vähän.";
            Instant updated = now.minus(random.nextInt(365 * 24 * 60), ChronoUnit.MINUTES);
            LocalDate from = LocalDate.of(2026, 1, 1).plusDays(random.nextInt(365));
            int total = 1 + random.nextInt(10);
            boolean plainLanguage = random.nextInt(5) == 0;
            String mode = Vocabulary.pick(modes, random);
            String postOffice = municipalities.find(org.municipalityCodes().get(0)).map(Municipality::nameFi)
                    .orElse(null);
            LocalDate to = random.nextInt(4) == 0 ? null : from.plusMonths(3 + random.nextInt(12));
            LocalDate deadline = random.nextInt(3) == 0 ? from.plusDays(random.nextInt(60)) : null;
            BigDecimal hours = BigDecimal.valueOf(10 + random.nextInt(26));
            int available = random.nextInt(total + 1);
            String role = Vocabulary.pick(Vocabulary.ROLES, random);
            String email = "tyovalmennus" + random.nextInt(1000) + "@example.fi";
            String phone = "013 " + (100 + random.nextInt(900)) + " " + (1000 + random.nextInt(9000));
            Instant created = updated.minus(random.nextInt(30), ChronoUnit.DAYS);
            List<String> listingGroups = some(groups, 1 + random.nextInt(3), random);
            List<String> spoken = new ArrayList<>(List.of("fi"));
            spoken.addAll(some(languages.subList(1, languages.size()), random.nextInt(3), random));
            return new NewListing(UUID.randomUUID(), status, type, org.id(), org.name(), title, summary, description,
                    plainLanguage, mode, postOffice, from, to, deadline, hours, total, available, role, email, phone,
                    created, updated, List.copyOf(org.municipalityCodes()), listingGroups, List.copyOf(spoken));
        }
    }

    /** 75 % published, 10 % drafts, 10 % closed, 5 % archived. */
    private static String status(SplittableRandom random) {
        int roll = random.nextInt(100);
        return roll < 75 ? "PUBLISHED" : roll < 85 ? "DRAFT" : roll < 95 ? "CLOSED" : "ARCHIVED";
    }

    private static String weighted(List<Municipality> all, long totalPopulation, SplittableRandom random) {
        long point = random.nextLong(totalPopulation);
        for (Municipality m : all) {
            point -= m.population();
            if (point < 0) {
                return m.code();
            }
        }
        return all.get(all.size() - 1).code();
    }

    private static List<String> some(List<String> values, int howMany, SplittableRandom random) {
        Set<String> chosen = new LinkedHashSet<>();
        while (chosen.size() < Math.min(howMany, values.size())) {
            chosen.add(values.get(random.nextInt(values.size())));
        }
        return List.copyOf(chosen);
    }
}
