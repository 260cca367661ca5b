package fi.tarjotin.architecture;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static java.util.Map.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each table has one owning feature package: only it writes the table (INSERT, UPDATE, DELETE, MERGE, or a
 * {@code @MappedEntity} that a repository saves), and other packages read it only where a read model is named
 * below. Everything else asks the owner's public service, so a table's rules (versions, audit rows, who may add a
 * member, what "published" means) live in one place. Checked on the SQL text of {@code src/main/java}: string
 * literals and text blocks, joined in the order they are written so that SQL built by concatenation is read
 * whole. Flyway's Java migrations ({@code db.migration}) change the schema itself and are exempt.
 */
class TableOwnershipTest {

    /** Who owns which table: every table the migrations create is named here. */
    static final Map<String, String> OWNERS = Map.ofEntries(
            entry("organisation", "organisation"),
            entry("organisation_member", "organisation"),
            entry("organisation_municipality", "organisation"),
            entry("municipality", "municipality"),
            entry("municipality_agreement", "municipality"),
            entry("municipality_website_origin", "municipality"),
            entry("coordinator_assignment", "municipality"),
            entry("code_item", "codes"),
            entry("audit_event", "audit"),
            entry("invitation", "invitation"),
            entry("onboarding_coordinator", "onboarding"),
            entry("opportunity", "opportunity"),
            entry("listing_expiry_reminder", "opportunity"),
            entry("deleted_listing", "opportunity"),
            entry("opportunity_language", "opportunity"),
            entry("opportunity_municipality", "opportunity"),
            entry("opportunity_partner", "opportunity"),
            entry("opportunity_target_group", "opportunity"),
            entry("webhook_subscription", "subscription"),
            entry("webhook_delivery", "subscription"),
            entry("scheduled_job", "work"),
            entry("directory_group", "directory"),
            entry("directory_step", "directory"),
            entry("idempotent_request", "idempotency"),
            entry("import_row", "importing"));

    /**
     * Read models that may read another package's table, as {@code "<package>.<Class> reads <table>"}: queries
     * that join or count across owners for a page of their own, and change nothing.
     */
    static final Set<String> READ_MODELS = Set.of(
            // The catalogue summary counts listings by status, type, target group and municipality, and the
            // listings closed in a period from their audit rows: numbers over many owners, no rows, no writes.
            "report.SummaryQueries reads opportunity",
            "report.SummaryQueries reads opportunity_municipality",
            "report.SummaryQueries reads opportunity_target_group",
            "report.SummaryQueries reads audit_event",
            // The listing search filters and sorts by the organisation's name in the same keyset query.
            "opportunity.ListingSearchQueries reads organisation",
            "opportunity.ListingFilterQuery reads organisation",
            // The search index's documents carry the organisation's name, read with the listing.
            "opportunity.ListingDocumentQueries reads organisation",
            // The organisations with a published listing, paged in the organisations' name order (HSDS).
            "opportunity.PublishedQueries reads organisation");

    /**
     * Uses of another package's table that were there when this rule was written and are being moved to their
     * owners (personal data export and erasure, retention, the sample catalogue, imports, onboarding). This list
     * may only shrink: an entry leaves it when its SQL moves (the test below fails until it is removed), and
     * none may be added.
     */
    static final Set<String> FROZEN = Set.of(
            "onboarding.OnboardingStore writes municipality_agreement",
            "onboarding.OnboardingStore writes municipality_website_origin");

    private static final Path MAIN = Path.of("src/main/java");
    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

    private static final Pattern CREATE_TABLE = Pattern.compile("(?i)\\bcreate\\s+table\\s+(?:dbo\\.)?\\[?([a-z0-9_]+)");
    private static final Pattern WRITE = Pattern.compile(
            "(?i)\\b(?:insert\\s+into|update|delete\\s+from|merge\\s+into|merge)\\s+(?:dbo\\.)?\\[?([a-z0-9_]+)");
    private static final Pattern READ = Pattern.compile("(?i)\\b(?:from|join)\\s+(?:dbo\\.)?\\[?([a-z0-9_]+)");
    private static final Pattern ENTITY = Pattern.compile("@MappedEntity\\(\\s*(?:value\\s*=\\s*)?\"([a-z0-9_]+)\"");

    /** One source file: its package below {@code fi.tarjotin} (the feature) and simple class name, and its text. */
    record Source(String feature, String className, String text) {
    }

    @Test
    void everyTableTheMigrationsCreateHasAnOwner() {
        Set<String> created = createdTables();

        assertTrue(created.contains("organisation_member"), "the migrations were not read: " + created);
        Set<String> ownerless = new TreeSet<>(created);
        ownerless.removeAll(OWNERS.keySet());
        assertEquals(Set.of(), ownerless, "give these tables an owner in TableOwnershipTest.OWNERS");
        Set<String> unknown = new TreeSet<>(OWNERS.keySet());
        unknown.removeAll(created);
        assertEquals(Set.of(), unknown, "these tables are named as owned but no migration creates them");
    }

    @Test
    void onlyTheOwnerWritesATableAndOthersReadItOnlyAsANamedReadModel() {
        Set<String> found = violations(mainSources());
        found.removeAll(FROZEN);
        assertEquals(Set.of(), found, "go through the owner's public service (or, for a read model that changes"
                + " nothing, name it in TableOwnershipTest.READ_MODELS with the reason)");
    }

    @Test
    void theFrozenListOnlyNamesUsesThatStillHappen() {
        Set<String> stale = new TreeSet<>(FROZEN);
        stale.removeAll(violations(mainSources()));
        assertEquals(Set.of(), stale, "these uses are gone: remove them from TableOwnershipTest.FROZEN");
    }

    @Test
    void everyReadModelStillReadsWhatItIsAllowedTo() {
        Set<String> reads = uses(mainSources()).stream().filter(u -> u.contains(" reads "))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> stale = new TreeSet<>(READ_MODELS);
        stale.removeAll(reads);
        assertEquals(Set.of(), stale, "these read models no longer read the table: remove them from READ_MODELS");
    }

    @Test
    void theRuleReportsAWriteOrReadOutsideTheOwnerAndLetsTheOwnerAndReadModelsBe() {
        List<Source> seeded = List.of(
                new Source("organisation", "OrganisationMemberStore", source("""
                        "INSERT INTO organisation_member (id) VALUES (?)"
                        """)),
                new Source("invitation", "InvitationStore", source("""
                        "INSERT INTO " + "organisation_member (id, organisation_id) VALUES (?, ?)"
                        """)),
                new Source("devmode", "DevAccessGrants", source("""
                        String sql = \"""
                            SELECT o.id, o.name FROM organisation o
                            LEFT JOIN organisation_municipality m ON m.organisation_id = o.id
                            \""";
                        """)),
                new Source("privacy", "PersonalDataService", source("""
                        "UPDATE organisation SET contact_email = NULL WHERE id = ?" // "DELETE FROM invitation"
                        """)),
                new Source("report", "SummaryQueries", source("""
                        "SELECT COUNT(*) FROM opportunity o JOIN opportunity_target_group t ON t.opportunity_id = o.id"
                        """)),
                new Source("municipality", "Agreements", source("""
                        @MappedEntity("code_item") record Agreement() {}
                        """)));

        assertEquals(new TreeSet<>(Set.of(
                        "invitation.InvitationStore writes organisation_member",
                        "devmode.DevAccessGrants reads organisation",
                        "devmode.DevAccessGrants reads organisation_municipality",
                        "privacy.PersonalDataService writes organisation",
                        "municipality.Agreements writes code_item")),
                violations(seeded));
    }

    /** Every use of a table outside its owner that no read model accounts for. */
    static Set<String> violations(List<Source> sources) {
        return uses(sources).stream().filter(u -> !READ_MODELS.contains(u))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** {@code "<package>.<Class> writes|reads <table>"} for each known table a class uses outside its owner. */
    static Set<String> uses(List<Source> sources) {
        Set<String> uses = new TreeSet<>();
        for (Source source : sources) {
            String sql = String.join(" ", literals(source.text()));
            Set<String> written = tables(WRITE, sql);
            written.addAll(tables(ENTITY, source.text()));
            Set<String> read = tables(READ, sql);
            read.removeAll(written);
            String who = source.feature() + "." + source.className();
            written.stream().filter(t -> !source.feature().equals(OWNERS.get(t)))
                    .forEach(t -> uses.add(who + " writes " + t));
            read.stream().filter(t -> !source.feature().equals(OWNERS.get(t)))
                    .forEach(t -> uses.add(who + " reads " + t));
        }
        return uses;
    }

    private static Set<String> tables(Pattern pattern, String text) {
        Set<String> tables = new TreeSet<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            String table = m.group(1).toLowerCase(Locale.ROOT);
            if (OWNERS.containsKey(table)) {
                tables.add(table);
            }
        }
        return tables;
    }

    /**
     * The string literals and text blocks of Java source, in order, with their escapes left as written (SQL has
     * none that matter here). Comments and character literals are skipped, so that a comment naming a table is
     * not taken for SQL.
     */
    static List<String> literals(String java) {
        List<String> found = new ArrayList<>();
        int i = 0;
        int n = java.length();
        while (i < n) {
            char c = java.charAt(i);
            if (java.startsWith("//", i)) {
                i = end(java, java.indexOf('\n', i), n);
            } else if (java.startsWith("/*", i)) {
                i = end(java, java.indexOf("*/", i + 2), n) + 2;
            } else if (java.startsWith("\"\"\"", i)) {
                int close = java.indexOf("\"\"\"", i + 3);
                while (close > 0 && java.charAt(close - 1) == '\\') {
                    close = java.indexOf("\"\"\"", close + 3);
                }
                close = end(java, close, n);
                found.add(java.substring(i + 3, close));
                i = close + 3;
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < n && java.charAt(j) != c && java.charAt(j) != '\n') {
                    j += java.charAt(j) == '\\' ? 2 : 1;
                }
                if (c == '"') {
                    found.add(java.substring(i + 1, Math.min(j, n)));
                }
                i = j + 1;
            } else {
                i++;
            }
        }
        return found;
    }

    private static int end(String text, int index, int n) {
        return index < 0 ? n : index;
    }

    /** The main sources under {@code fi.tarjotin}, except Flyway's Java migrations (they live under {@code db}). */
    static List<Source> mainSources() {
        Path root = MAIN.resolve("fi/tarjotin");
        try (Stream<Path> files = Files.walk(root)) {
            List<Source> sources = new ArrayList<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                Path relative = root.relativize(file);
                String feature = relative.getNameCount() > 1 ? relative.getName(0).toString() : "";
                String name = file.getFileName().toString();
                sources.add(new Source(feature, name.substring(0, name.length() - ".java".length()),
                        Files.readString(file)));
            }
            assertTrue(sources.size() > 100, "the main sources were not found under " + root.toAbsolutePath());
            return sources;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> createdTables() {
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            Set<String> created = new TreeSet<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".sql")).toList()) {
                Matcher m = CREATE_TABLE.matcher(Files.readString(file));
                while (m.find()) {
                    created.add(m.group(1).toLowerCase(Locale.ROOT));
                }
            }
            return created;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A one-line Java snippet as a source file's text. */
    private static String source(String snippet) {
        return "class Seeded {\n" + snippet + "\n}\n";
    }
}
