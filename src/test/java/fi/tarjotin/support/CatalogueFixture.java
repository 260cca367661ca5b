package fi.tarjotin.support;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

/**
 * Puts organisations, their editors and municipality coordinators in place for tests of listings, as
 * the organisation and municipality administration would have left them.
 */
@Singleton
public class CatalogueFixture {

    private final JdbcOperations jdbc;
    private final TransactionOperations<Connection> transactions;

    CatalogueFixture(JdbcOperations jdbc, TransactionOperations<Connection> transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /** An association active in the given municipalities. */
    public UUID anAssociation(String name, String... municipalityCodes) {
        UUID id = UUID.randomUUID();
        transactions.executeWrite(status -> jdbc.execute(c -> {
            try (var s = c.prepareStatement("INSERT INTO organisation (id, version, name, name_search, name_sort, kind, "
                    + "created_at, updated_at) VALUES (?, 1, ?, ?, ?, 'ASSOCIATION', ?, ?)")) {
                s.setString(1, id.toString());
                s.setString(2, name);
                s.setString(3, fi.tarjotin.common.SearchText.normalise(name));
                s.setString(4, fi.tarjotin.common.SortKey.of(name));
                s.setTimestamp(5, Timestamp.from(Instant.now()));
                s.setTimestamp(6, Timestamp.from(Instant.now()));
                s.executeUpdate();
            }
            for (String code : municipalityCodes) {
                try (var s = c.prepareStatement(
                        "INSERT INTO organisation_municipality (organisation_id, municipality_code) VALUES (?, ?)")) {
                    s.setString(1, id.toString());
                    s.setString(2, code);
                    s.executeUpdate();
                }
            }
            return null;
        }));
        return id;
    }

    /** Makes a person an editor of an organisation. */
    public Person editorOf(UUID organisationId, Person person) {
        transactions.executeWrite(status -> jdbc.execute(c -> {
            try (var s = c.prepareStatement("INSERT INTO organisation_member (id, organisation_id, tenant_id, oid, "
                    + "display_name, email, role, created_at) VALUES (?, ?, ?, ?, ?, ?, 'EDITOR', ?)")) {
                s.setString(1, UUID.randomUUID().toString());
                s.setString(2, organisationId.toString());
                s.setString(3, person.tenantId().toString());
                s.setString(4, person.oid().toString());
                s.setString(5, person.name());
                s.setString(6, person.email());
                s.setTimestamp(7, Timestamp.from(Instant.now()));
                s.executeUpdate();
            }
            return null;
        }));
        return person;
    }

    /** Makes a person a coordinator of a municipality. */
    public Person coordinatorOf(String municipalityCode, Person person) {
        transactions.executeWrite(status -> jdbc.execute(c -> {
            try (var s = c.prepareStatement("INSERT INTO coordinator_assignment (id, municipality_code, tenant_id, "
                    + "oid, display_name, email, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                s.setString(1, UUID.randomUUID().toString());
                s.setString(2, municipalityCode);
                s.setString(3, person.tenantId().toString());
                s.setString(4, person.oid().toString());
                s.setString(5, person.name());
                s.setString(6, person.email());
                s.setTimestamp(7, Timestamp.from(Instant.now()));
                s.executeUpdate();
            }
            return null;
        }));
        return person;
    }

    /** The body of a complete work trial listing of an organisation in the given municipalities. */
    public static String aWorkTrial(UUID organisationId, String title, String... municipalityCodes) {
        String codes = String.join("\",\"", municipalityCodes);
        return """
                {"organisationId":"%s","type":"WORK_TRIAL",
                 "title":{"fi":"%s","sv":"Arbetsprövning i butiken"},
                 "summary":{"fi":"Työkokeilu kierrätysmyymälässä: tuotteiden lajittelua, hinnoittelua ja asiakaspalvelua."},
                 "description":{"fi":"Tule kokeilemaan myymälätyötä rauhallisessa työyhteisössä. Työvalmentaja tukee alussa."},
                 "municipalityCodes":["%s"],"targetGroups":["LONG_TERM_UNEMPLOYED","PARTIAL_WORK_ABILITY"],
                 "languages":["fi","en"],"deliveryMode":"ONSITE",
                 "address":{"street":"Kirkkokatu 12","postalCode":"75500","postOffice":"Nurmes"},
                 "validFrom":"2026-01-01","validTo":"2027-12-31","hoursPerWeek":20,
                 "capacityTotal":3,"capacityAvailable":2,
                 "contact":{"role":"Työvalmentaja","email":"tyovalmennus@example.fi","phone":"+358 40 123 4567"}}
                """.formatted(organisationId, title, codes);
    }
}
