package fi.tarjotin.invitation;

import fi.tarjotin.common.Guids;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Invitations. The organisation facts their rules need come from the organisation feature. */
@Singleton
class InvitationStore {

    private static final String COLUMNS = "id, organisation_id, email, display_name, status, user_tenant_id, user_oid, "
            + "created_at, accepted_at";

    private final JdbcOperations jdbc;
    private final Clock clock;

    InvitationStore(JdbcOperations jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    List<Invitation> ofOrganisation(UUID organisationId) {
        return query("SELECT " + COLUMNS + " FROM invitation WHERE organisation_id = ? ORDER BY created_at, id",
                organisationId.toString());
    }

    Optional<Invitation> find(UUID id) {
        return query("SELECT " + COLUMNS + " FROM invitation WHERE id = ?", id.toString()).stream().findFirst();
    }

    Optional<Invitation> findByEmail(UUID organisationId, String emailKey) {
        return query("SELECT " + COLUMNS + " FROM invitation WHERE organisation_id = ? AND email_key = ?",
                organisationId.toString(), emailKey).stream().findFirst();
    }

    /** Open invitations of this person (by the object id the directory gave them). */
    List<Invitation> openFor(UUID tenantId, UUID oid) {
        return query("SELECT " + COLUMNS + " FROM invitation WHERE user_tenant_id = ? AND user_oid = ? AND status = 'PENDING'",
                tenantId.toString(), oid.toString());
    }

    /** "tenant:oid" of everyone with an open invitation whose object id is known. */
    List<String> openInvitees() {
        return jdbc.execute(c -> {
            List<String> keys = new ArrayList<>();
            try (var s = c.prepareStatement("SELECT user_tenant_id, user_oid FROM invitation "
                    + "WHERE status = 'PENDING' AND user_oid IS NOT NULL");
                 var r = s.executeQuery()) {
                while (r.next()) {
                    keys.add(key(Guids.get(r, 1), Guids.get(r, 2)));
                }
            }
            return keys;
        });
    }

    static String key(UUID tenantId, UUID oid) {
        return tenantId + ":" + oid;
    }

    void insert(Invitation i, String emailKey, UUID invitedByOid, UUID invitedByTenant) {
        update("INSERT INTO invitation (id, organisation_id, email, email_key, display_name, status, invited_by_oid, "
                        + "invited_by_tenant, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 'PENDING', ?, ?, ?, ?)",
                i.id().toString(), i.organisationId().toString(), i.email(), emailKey, i.displayName(),
                invitedByOid.toString(), invitedByTenant.toString(), Timestamp.from(i.createdAt()),
                Timestamp.from(i.createdAt()));
    }

    void identify(UUID id, UUID tenantId, UUID oid) {
        update("UPDATE invitation SET user_tenant_id = ?, user_oid = ?, updated_at = ? WHERE id = ?",
                tenantId.toString(), oid.toString(), Timestamp.from(clock.instant()), id.toString());
    }

    /** Marks the invitation accepted; false where another request did so first. */
    boolean accept(UUID id, Instant now) {
        return update("UPDATE invitation SET status = 'ACCEPTED', accepted_at = ?, updated_at = ? "
                + "WHERE id = ? AND status = 'PENDING'", Timestamp.from(now), Timestamp.from(now), id.toString()) == 1;
    }

    private int update(String sql, Object... parameters) {
        return jdbc.execute(c -> {
            try (var s = c.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    s.setObject(i + 1, parameters[i]);
                }
                return s.executeUpdate();
            }
        });
    }

    private List<Invitation> query(String sql, String... parameters) {
        return jdbc.execute(c -> {
            List<Invitation> found = new ArrayList<>();
            try (var s = c.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    s.setString(i + 1, parameters[i]);
                }
                try (var r = s.executeQuery()) {
                    while (r.next()) {
                        found.add(read(r));
                    }
                }
            }
            return found;
        });
    }

    private static Invitation read(ResultSet r) throws SQLException {
        Timestamp accepted = r.getTimestamp("accepted_at");
        return new Invitation(Guids.get(r, "id"), Guids.get(r, "organisation_id"),
                r.getString("email"), r.getString("display_name"), r.getString("status"),
                Guids.get(r, "user_tenant_id"), Guids.get(r, "user_oid"),
                r.getTimestamp("created_at").toInstant(), accepted == null ? null : accepted.toInstant());
    }
}
