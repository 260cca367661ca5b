package fi.tarjotin.synthetic;

import fi.tarjotin.codes.CodeList;
import fi.tarjotin.codes.CodeLists;
import fi.tarjotin.common.SearchText;
import fi.tarjotin.common.SortKey;
import fi.tarjotin.municipality.Municipalities;
import fi.tarjotin.municipality.Municipality;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
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
 * Rows go in with JDBC batches (the API would take hours for 100,000), shaped exactly as the API writes them.
 */
@Singleton
public class SyntheticCatalogue {

    private static final Logger LOG = LoggerFactory.getLogger(SyntheticCatalogue.class);
    private static final int BATCH = 1_000;
    private static final int LISTINGS_PER_ORGANISATION = 50;

    private final JdbcOperations jdbc;
    private final TransactionOperations<Connection> transactions;
    private final Municipalities municipalities;
    private final CodeLists codes;

    SyntheticCatalogue(JdbcOperations jdbc, TransactionOperations<Connection> transactions,
                       Municipalities municipalities, CodeLists codes) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.municipalities = municipalities;
        this.codes = codes;
    }

    /** One generated organisation: where it works. */
    private record Org(UUID id, String name, List<String> municipalityCodes) {
    }

    public void seed(int listings, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Municipality> all = municipalities.all();
        long totalPopulation = all.stream().mapToLong(Municipality::population).sum();
        List<Org> organisations = new ArrayList<>();
        int organisationCount = Math.max(1, listings / LISTINGS_PER_ORGANISATION);
        for (int i = 0; i < organisationCount; i++) {
            Set<String> where = new LinkedHashSet<>();
            where.add(weighted(all, totalPopulation, random));
            if (random.nextInt(4) == 0) {
                where.add(weighted(all, totalPopulation, random));
            }
            String home = municipalities.find(where.iterator().next()).map(Municipality::nameFi).orElse("");
            organisations.add(new Org(UUID.randomUUID(), home + "n " + Vocabulary.pick(Vocabulary.ASSOCIATION_WORDS,
                    random) + " ry " + (i + 1), List.copyOf(where)));
        }
        Instant started = Instant.now();
        for (int from = 0; from < organisations.size(); from += BATCH) {
            List<Org> batch = organisations.subList(from, Math.min(organisations.size(), from + BATCH));
            transactions.executeWrite(status -> jdbc.execute(c -> {
                insertOrganisations(c, batch);
                return null;
            }));
        }
        for (int from = 0; from < listings; from += BATCH) {
            int count = Math.min(BATCH, listings - from);
            transactions.executeWrite(status -> jdbc.execute(c -> {
                insertListings(c, count, organisations, random);
                return null;
            }));
            if ((from / BATCH) % 10 == 9) {
                LOG.info("{} listings written", from + count);
            }
        }
        LOG.info("Seeded {} organisations and {} listings in {} s", organisations.size(), listings,
                java.time.Duration.between(started, Instant.now()).toSeconds());
    }

    /**
     * On H2, rewrites the file without the space that bulk loading left behind (about 40 times the data)
     * and closes the database; call last.
     */
    public void compactEmbeddedDatabase() {
        java.util.concurrent.atomic.AtomicBoolean compacted = new java.util.concurrent.atomic.AtomicBoolean();
        try {
            jdbc.execute(c -> {
                if (c.getMetaData().getDatabaseProductName().equals("H2")) {
                    try (var statement = c.createStatement()) {
                        statement.execute("SHUTDOWN COMPACT");
                    }
                    compacted.set(true);
                    LOG.info("Compacted the embedded database");
                }
                return null;
            });
        } catch (RuntimeException closingTheClosedDatabase) {
            // SHUTDOWN closes the database under the pool, which then fails to hand the connection back.
            if (!compacted.get()) {
                throw closingTheClosedDatabase;
            }
        }
    }

    private void insertOrganisations(Connection c, List<Org> batch) throws SQLException {
        Timestamp now = Timestamp.from(Instant.now());
        try (PreparedStatement org = c.prepareStatement("INSERT INTO organisation (id, version, name, name_search, "
                + "name_sort, kind, created_at, updated_at) VALUES (?, 0, ?, ?, ?, 'ASSOCIATION', ?, ?)");
             PreparedStatement where = c.prepareStatement(
                     "INSERT INTO organisation_municipality (organisation_id, municipality_code) VALUES (?, ?)")) {
            for (Org o : batch) {
                org.setString(1, o.id().toString());
                org.setString(2, o.name());
                org.setString(3, SearchText.normalise(o.name()));
                org.setString(4, SortKey.of(o.name()));
                org.setTimestamp(5, now);
                org.setTimestamp(6, now);
                org.addBatch();
                for (String code : o.municipalityCodes()) {
                    where.setString(1, o.id().toString());
                    where.setString(2, code);
                    where.addBatch();
                }
            }
            org.executeBatch();
            where.executeBatch();
        }
    }

    private void insertListings(Connection c, int count, List<Org> organisations, SplittableRandom random)
            throws SQLException {
        try (PreparedStatement row = c.prepareStatement("INSERT INTO opportunity (id, version, status, type, "
                + "organisation_id, title_fi, title_en, title_sort, summary_fi, description_fi, plain_language, "
                + "delivery_mode, post_office, valid_from, valid_to, application_deadline, hours_per_week, "
                + "capacity_total, capacity_available, contact_role, contact_email, contact_phone, search_text, "
                + "created_at, updated_at, published_at, archived_at, municipality_list, target_group_list, "
                + "language_list) "
                + "VALUES (?, 0, ?, ?, ?, ?, NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement where = c.prepareStatement("INSERT INTO opportunity_municipality (opportunity_id, "
                     + "municipality_code, status, type, updated_at) VALUES (?, ?, ?, ?, ?)");
             PreparedStatement group = c.prepareStatement(
                     "INSERT INTO opportunity_target_group (opportunity_id, code) VALUES (?, ?)");
             PreparedStatement language = c.prepareStatement(
                     "INSERT INTO opportunity_language (opportunity_id, code) VALUES (?, ?)")) {
            List<String> types = codes.items(CodeList.OPPORTUNITY_TYPES).stream().map(i -> i.code()).toList();
            List<String> groups = codes.items(CodeList.TARGET_GROUPS).stream().map(i -> i.code()).toList();
            List<String> languages = codes.items(CodeList.LANGUAGES).stream().map(i -> i.code()).toList();
            List<String> modes = List.of("ONSITE", "ONSITE", "ONSITE", "HYBRID", "REMOTE");
            Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
            for (int i = 0; i < count; i++) {
                Org org = organisations.get(random.nextInt(organisations.size()));
                String id = UUID.randomUUID().toString();
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
                row.setString(1, id);
                row.setString(2, status);
                row.setString(3, type);
                row.setString(4, org.id().toString());
                row.setString(5, title);
                row.setString(6, SortKey.of(title));
                row.setString(7, summary);
                row.setString(8, description);
                row.setBoolean(9, random.nextInt(5) == 0);
                row.setString(10, Vocabulary.pick(modes, random));
                row.setString(11, municipalities.find(org.municipalityCodes().get(0)).map(Municipality::nameFi)
                        .orElse(null));
                row.setDate(12, Date.valueOf(from));
                row.setDate(13, random.nextInt(4) == 0 ? null : Date.valueOf(from.plusMonths(3 + random.nextInt(12))));
                row.setDate(14, random.nextInt(3) == 0 ? Date.valueOf(from.plusDays(random.nextInt(60))) : null);
                row.setBigDecimal(15, java.math.BigDecimal.valueOf(10 + random.nextInt(26)));
                row.setInt(16, total);
                row.setInt(17, random.nextInt(total + 1));
                row.setString(18, Vocabulary.pick(Vocabulary.ROLES, random));
                row.setString(19, "tyovalmennus" + random.nextInt(1000) + "@example.fi");
                row.setString(20, "013 " + (100 + random.nextInt(900)) + " " + (1000 + random.nextInt(9000)));
                row.setString(21, SearchText.document(org.name(), List.of(title, summary, description)));
                row.setTimestamp(22, Timestamp.from(updated.minus(random.nextInt(30), ChronoUnit.DAYS)));
                row.setTimestamp(23, Timestamp.from(updated));
                row.setTimestamp(24, status.equals("DRAFT") ? null : Timestamp.from(updated));
                row.setTimestamp(25, status.equals("ARCHIVED") ? Timestamp.from(updated) : null);
                List<String> listingWhere = new ArrayList<>(org.municipalityCodes());
                List<String> listingGroups = some(groups, 1 + random.nextInt(3), random);
                List<String> spoken = new ArrayList<>(List.of("fi"));
                spoken.addAll(some(languages.subList(1, languages.size()), random.nextInt(3), random));
                row.setString(26, sortedCopy(listingWhere));
                row.setString(27, sortedCopy(listingGroups));
                row.setString(28, sortedCopy(spoken));
                row.addBatch();
                for (String code : listingWhere) {
                    where.setString(1, id);
                    where.setString(2, code);
                    where.setString(3, status);
                    where.setString(4, type);
                    where.setTimestamp(5, Timestamp.from(updated));
                    where.addBatch();
                }
                for (String code : listingGroups) {
                    group.setString(1, id);
                    group.setString(2, code);
                    group.addBatch();
                }
                for (String code : spoken) {
                    language.setString(1, id);
                    language.setString(2, code);
                    language.addBatch();
                }
            }
            row.executeBatch();
            where.executeBatch();
            group.executeBatch();
            language.executeBatch();
        }
    }

    /** The listing row's copy of its codes, as the API keeps it (V7). */
    private static String sortedCopy(List<String> codes) {
        return codes.isEmpty() ? null : String.join(",", codes.stream().sorted().toList());
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
