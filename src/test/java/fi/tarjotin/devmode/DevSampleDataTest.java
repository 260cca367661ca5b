package fi.tarjotin.devmode;

import fi.tarjotin.common.Guids;
import fi.tarjotin.common.SearchText;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The sample catalogue that the dev environment loads from db/dev: complete, consistent and repeatable. */
@MicronautTest(environments = "dev")
class DevSampleDataTest extends DevEnvironment {

    private static final String SCRIPT = "db/dev/R__sample_catalogue.sql";

    @Inject
    JdbcOperations jdbc;

    @Test
    void loadsOrganisationsAndListingsOfEveryKind() {
        assertTrue(count("SELECT COUNT(*) FROM organisation") >= 10);
        assertTrue(count("SELECT COUNT(DISTINCT municipality_code) FROM organisation_municipality") >= 6);
        assertTrue(count("SELECT COUNT(*) FROM opportunity") >= 30);
        assertEquals(codes("opportunity-types"), column("SELECT DISTINCT type FROM opportunity"));
        assertEquals(codes("target-groups"), column("SELECT DISTINCT code FROM opportunity_target_group"));
        assertEquals(codes("languages"), column("SELECT DISTINCT code FROM opportunity_language"));
        assertEquals(codes("delivery-modes"), column("SELECT DISTINCT delivery_mode FROM opportunity"));
        assertEquals(Set.of("DRAFT", "PUBLISHED", "CLOSED"), column("SELECT DISTINCT status FROM opportunity"));
        assertTrue(count("SELECT COUNT(*) FROM opportunity WHERE status = 'PUBLISHED'") * 2 > count("SELECT COUNT(*) FROM opportunity"));
        assertTrue(count("SELECT COUNT(*) FROM opportunity_partner") > 0);
    }

    @Test
    void everyListingHasItsMunicipalitiesTargetGroupsAndLanguages() {
        for (String table : List.of("opportunity_municipality", "opportunity_target_group", "opportunity_language")) {
            assertEquals(0, count("SELECT COUNT(*) FROM opportunity o WHERE NOT EXISTS (SELECT 1 FROM " + table
                    + " t WHERE t.opportunity_id = o.id)"), table);
        }
        assertEquals(0, count("SELECT COUNT(*) FROM organisation o WHERE NOT EXISTS "
                + "(SELECT 1 FROM organisation_municipality m WHERE m.organisation_id = o.id)"));
    }

    @Test
    void municipalityRowsCarryTheListingsStatusTypeAndUpdateTime() {
        assertEquals(0, count("SELECT COUNT(*) FROM opportunity_municipality m JOIN opportunity o ON o.id = m.opportunity_id "
                + "WHERE m.status <> o.status OR m.type <> o.type OR m.updated_at <> o.updated_at"));
    }

    @Test
    void listingsKeepTheirRules() {
        assertEquals(0, count("SELECT COUNT(*) FROM opportunity WHERE version <> 1 OR updated_at < created_at"));
        // Spelled out: T-SQL has no boolean values, so one condition cannot be compared with another.
        assertEquals(0, count("SELECT COUNT(*) FROM opportunity WHERE (status = 'DRAFT' AND published_at IS NOT NULL)"
                + " OR (status <> 'DRAFT' AND published_at IS NULL)"));
        assertEquals(0, count("SELECT COUNT(*) FROM opportunity WHERE capacity_available > capacity_total"));
        assertEquals(0, count("SELECT COUNT(*) FROM opportunity WHERE valid_to < valid_from"));
        assertEquals(0, count("SELECT COUNT(*) FROM opportunity WHERE contact_email IS NULL AND contact_phone IS NULL"));
        assertEquals(0, count("SELECT COUNT(*) FROM organisation WHERE business_id IS NULL AND association_register_number IS NULL"));
    }

    @Test
    void searchColumnsAreTheNormalisedTexts() {
        for (Map<String, String> row : rows("SELECT o.*, g.name AS organisation_name FROM opportunity o "
                + "JOIN organisation g ON g.id = o.organisation_id")) {
            String joined = Stream.of("title_fi", "title_sv", "title_en", "summary_fi", "summary_sv", "summary_en",
                            "description_fi", "description_sv", "description_en", "organisation_name")
                    .map(row::get).filter(Objects::nonNull).collect(Collectors.joining(" "));
            assertEquals(SearchText.normalise(joined), row.get("search_text"), row.get("title_fi"));
            assertEquals(fi.tarjotin.common.SortKey.of(row.get("title_fi")), row.get("title_sort"), row.get("title_fi"));
        }
        for (Map<String, String> row : rows("SELECT name, name_search, name_sort FROM organisation")) {
            assertEquals(SearchText.normalise(row.get("name")), row.get("name_search"));
            assertEquals(fi.tarjotin.common.SortKey.of(row.get("name")), row.get("name_sort"));
        }
    }

    @Test
    void businessIdsHaveValidCheckDigits() {
        Set<String> ids = column("SELECT business_id FROM organisation WHERE business_id IS NOT NULL");
        assertTrue(ids.size() >= 8);
        ids.forEach(id -> assertTrue(isValidBusinessId(id), id));
    }

    @Test
    void everySampleRecordHasItsCreationInTheAuditLog() {
        assertEquals(count("SELECT COUNT(*) FROM opportunity"),
                count("SELECT COUNT(*) FROM audit_event WHERE entity_type = 'OPPORTUNITY' AND action = 'CREATED'"));
        assertEquals(count("SELECT COUNT(*) FROM organisation"),
                count("SELECT COUNT(*) FROM audit_event WHERE entity_type = 'ORGANISATION' AND action = 'CREATED'"));
    }

    @Test
    void runningTheSampleDataAgainAddsNothing() {
        List<String> tables = List.of("organisation", "organisation_municipality", "opportunity", "opportunity_municipality",
                "opportunity_target_group", "opportunity_language", "opportunity_partner", "audit_event");
        List<Long> before = tables.stream().map(t -> count("SELECT COUNT(*) FROM " + t)).toList();

        jdbc.execute(connection -> {
            try (var statement = connection.createStatement()) {
                statement.execute(script());
            }
            return null;
        });

        assertEquals(before, tables.stream().map(t -> count("SELECT COUNT(*) FROM " + t)).toList());
    }

    private static boolean isValidBusinessId(String id) {
        if (!id.matches("\\d{7}-\\d")) {
            return false;
        }
        int[] weights = {7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 7; i++) {
            sum += (id.charAt(i) - '0') * weights[i];
        }
        int remainder = sum % 11;
        return remainder != 1 && id.charAt(8) - '0' == (remainder == 0 ? 0 : 11 - remainder);
    }

    private Set<String> codes(String list) {
        return column("SELECT code FROM code_item WHERE list_name = '" + list + "'");
    }

    private long count(String sql) {
        return Long.parseLong(rows(sql).get(0).values().iterator().next());
    }

    private Set<String> column(String sql) {
        return rows(sql).stream().map(r -> r.values().iterator().next()).collect(Collectors.toSet());
    }

    private List<Map<String, String>> rows(String sql) {
        return jdbc.execute(connection -> {
            List<Map<String, String>> result = new ArrayList<>();
            try (var statement = connection.prepareStatement(sql); var rows = statement.executeQuery()) {
                var meta = rows.getMetaData();
                while (rows.next()) {
                    Map<String, String> row = new HashMap<>();
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        // GUIDs as UUIDs (their text differs in case between SQL Server and H2), the rest as text.
                        Object value = "UUID".equalsIgnoreCase(meta.getColumnTypeName(i)) || "uniqueidentifier".equalsIgnoreCase(meta.getColumnTypeName(i))
                                ? Guids.get(rows, i) : rows.getString(i);
                        row.put(meta.getColumnLabel(i).toLowerCase(), value == null ? null : value.toString());
                    }
                    result.add(row);
                }
            }
            return result;
        });
    }

    private static String script() {
        try (var in = DevSampleDataTest.class.getClassLoader().getResourceAsStream(SCRIPT)) {
            return new String(Objects.requireNonNull(in, SCRIPT).readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
