package fi.tarjotin.privacy;

import fi.tarjotin.access.Caller;
import fi.tarjotin.access.Role;
import fi.tarjotin.audit.AuditLog;
import fi.tarjotin.common.Formats;
import fi.tarjotin.error.ForbiddenException;
import fi.tarjotin.error.ValidationException;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Export and erasure of one person's data by e-mail address (GDPR Art. 15 and 17), for admins. The audit
 * row names the person by a hash of the address, never the address itself.
 */
@Singleton
class PersonalDataService {

    static final String AUDIT_TYPE = "PERSON";

    private final JdbcOperations jdbc;
    private final TransactionOperations<Connection> transactions;
    private final AuditLog audit;

    PersonalDataService(JdbcOperations jdbc, TransactionOperations<Connection> transactions, AuditLog audit) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.audit = audit;
    }

    PersonalData export(Caller caller, String rawEmail) {
        String email = requireAdminAndEmail(caller, rawEmail);
        return transactions.executeWrite(status -> {
            PersonalData data = jdbc.execute(connection -> new PersonalData(email, memberships(connection, email),
                    coordinations(connection, email), listingContacts(connection, email),
                    organisationContacts(connection, email)));
            audit.record(AUDIT_TYPE, personKey(email), "PERSONAL_DATA_EXPORTED", null, caller, List.of());
            return data;
        });
    }

    PersonalData.Erasure erase(Caller caller, String rawEmail) {
        String email = requireAdminAndEmail(caller, rawEmail);
        return transactions.executeWrite(status -> {
            PersonalData.Erasure erasure = jdbc.execute(connection -> {
                int auditNames = update(connection, "UPDATE audit_event SET actor_name = NULL WHERE actor_oid IN ("
                        + "SELECT oid FROM organisation_member WHERE LOWER(email) = ? UNION "
                        + "SELECT oid FROM coordinator_assignment WHERE LOWER(email) = ?)", email, email);
                int memberships = update(connection, "DELETE FROM organisation_member WHERE LOWER(email) = ?", email);
                int coordinations = update(connection, "DELETE FROM coordinator_assignment WHERE LOWER(email) = ?",
                        email);
                int listings = update(connection, "UPDATE opportunity SET contact_name = NULL, contact_email = NULL, "
                        + "contact_phone = NULL WHERE LOWER(contact_email) = ?", email);
                int organisations = update(connection, "UPDATE organisation SET contact_email = NULL "
                        + "WHERE LOWER(contact_email) = ?", email);
                return new PersonalData.Erasure(memberships, coordinations, listings, organisations, auditNames);
            });
            audit.record(AUDIT_TYPE, personKey(email), "PERSONAL_DATA_ERASED", null, caller, List.of());
            return erasure;
        });
    }

    private static String requireAdminAndEmail(Caller caller, String rawEmail) {
        if (!caller.has(Role.ADMIN) || caller.appOnly()) {
            throw new ForbiddenException();
        }
        String email = rawEmail == null ? "" : rawEmail.strip().toLowerCase(Locale.ROOT);
        if (!Formats.isEmail(email) || email.length() > 254) {
            throw ValidationException.of("INVALID_EMAIL", "email");
        }
        return email;
    }

    /** A stable, non-reversible name for the person in the audit log. */
    static String personKey(String email) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(email.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<PersonalData.Membership> memberships(Connection c, String email) throws SQLException {
        List<PersonalData.Membership> found = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT m.organisation_id, o.name, m.display_name, m.oid, "
                + "m.tenant_id FROM organisation_member m JOIN organisation o ON o.id = m.organisation_id "
                + "WHERE LOWER(m.email) = ? ORDER BY o.name")) {
            s.setString(1, email);
            try (var rows = s.executeQuery()) {
                while (rows.next()) {
                    found.add(new PersonalData.Membership(lower(rows.getString(1)), rows.getString(2),
                            rows.getString(3), lower(rows.getString(4)), lower(rows.getString(5))));
                }
            }
        }
        return found;
    }

    private static List<PersonalData.Coordination> coordinations(Connection c, String email) throws SQLException {
        List<PersonalData.Coordination> found = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT municipality_code, display_name, oid, tenant_id "
                + "FROM coordinator_assignment WHERE LOWER(email) = ? ORDER BY municipality_code")) {
            s.setString(1, email);
            try (var rows = s.executeQuery()) {
                while (rows.next()) {
                    found.add(new PersonalData.Coordination(rows.getString(1), rows.getString(2),
                            lower(rows.getString(3)), lower(rows.getString(4))));
                }
            }
        }
        return found;
    }

    private static List<PersonalData.ListingContact> listingContacts(Connection c, String email) throws SQLException {
        List<PersonalData.ListingContact> found = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT id, title_fi, contact_role, contact_name, contact_phone "
                + "FROM opportunity WHERE LOWER(contact_email) = ? ORDER BY title_sort")) {
            s.setString(1, email);
            try (var rows = s.executeQuery()) {
                while (rows.next()) {
                    found.add(new PersonalData.ListingContact(lower(rows.getString(1)), rows.getString(2),
                            rows.getString(3), rows.getString(4), rows.getString(5)));
                }
            }
        }
        return found;
    }

    private static List<PersonalData.OrganisationContact> organisationContacts(Connection c, String email)
            throws SQLException {
        List<PersonalData.OrganisationContact> found = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT id, name, contact_phone FROM organisation "
                + "WHERE LOWER(contact_email) = ? ORDER BY name")) {
            s.setString(1, email);
            try (var rows = s.executeQuery()) {
                while (rows.next()) {
                    found.add(new PersonalData.OrganisationContact(lower(rows.getString(1)), rows.getString(2),
                            rows.getString(3)));
                }
            }
        }
        return found;
    }

    private static int update(Connection c, String sql, String... args) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setString(i + 1, args[i]);
            }
            return s.executeUpdate();
        }
    }

    private static String lower(String value) {
        return value == null ? null : value.toLowerCase(Locale.ROOT);
    }
}
