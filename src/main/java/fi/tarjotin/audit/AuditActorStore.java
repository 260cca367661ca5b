package fi.tarjotin.audit;

import fi.tarjotin.common.SqlRows;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** The {@code audit_event} rows of given actors. */
@Singleton
class AuditActorStore {

    private final JdbcOperations jdbc;

    AuditActorStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    List<AuditActors.Action> actionsOf(Collection<AuditActors.Actor> actors) {
        List<Object> parameters = new ArrayList<>();
        String where = byActor(actors, parameters);
        return jdbc.execute(c -> SqlRows.query(c, "SELECT entity_type, entity_id, action, occurred_at, actor_name "
                + "FROM audit_event WHERE " + where + " ORDER BY id", parameters,
                r -> new AuditActors.Action(r.getString(1), r.getString(2), r.getString(3),
                        r.getTimestamp(4).toInstant(), r.getString(5))));
    }

    int replaceNames(Collection<AuditActors.Actor> actors, String replacement) {
        List<Object> parameters = new ArrayList<>(List.of(replacement));
        String where = byActor(actors, parameters);
        return jdbc.execute(c -> SqlRows.update(c, "UPDATE audit_event SET actor_name = ? WHERE actor_name IS NOT NULL"
                + " AND " + where, parameters));
    }

    /** True for the rows of any of the actors (at least one); adds their parameters. */
    private static String byActor(Collection<AuditActors.Actor> actors, List<Object> parameters) {
        List<String> terms = new ArrayList<>();
        for (AuditActors.Actor actor : actors) {
            terms.add("(actor_tenant_id = ? AND actor_oid = ?)");
            parameters.add(actor.tenantId().toString());
            parameters.add(actor.oid().toString());
        }
        return "(" + String.join(" OR ", terms) + ")";
    }
}
