package fi.tarjotin.audit;

import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** The audit trail seen from the people who acted: what they did, and their names taken off it on erasure. */
@Singleton
public class AuditActors {

    /** An Entra identity that acted: tenant id and object id. */
    public record Actor(UUID tenantId, UUID oid) {
    }

    /** One change an actor made, as the trail records it. */
    public record Action(String entityType, String entityId, String action, Instant occurredAt, String actorName) {
    }

    private final AuditActorStore store;

    AuditActors(AuditActorStore store) {
        this.store = store;
    }

    /** The changes any of these actors made, oldest first. */
    public List<Action> actionsOf(Collection<Actor> actors) {
        return actors.isEmpty() ? List.of() : store.actionsOf(actors);
    }

    /**
     * Replaces the name of these actors on every row that names them; the rows themselves stay, as the trail
     * they are. The number of rows changed.
     */
    public int replaceNames(Collection<Actor> actors, String replacement) {
        return actors.isEmpty() ? 0 : store.replaceNames(actors, replacement);
    }
}
