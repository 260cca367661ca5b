package fi.tarjotin.invitation;

import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * Who has an open invitation, kept for a few seconds so that the sign-in check costs no database round
 * trip on ordinary requests. Another instance's new invitee shows up here within that time; by then the
 * person has not even read the invitation e-mail.
 */
@Singleton
class OpenInvitees {

    private static final Duration TTL = Duration.ofSeconds(5);

    private final InvitationStore store;
    private final Clock clock;
    private volatile Set<String> keys = Set.of();
    private volatile Instant loadedAt = Instant.EPOCH;

    OpenInvitees(InvitationStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    boolean contains(UUID tenantId, UUID oid) {
        if (clock.instant().isAfter(loadedAt.plus(TTL))) {
            keys = Set.copyOf(store.openInvitees());
            loadedAt = clock.instant();
        }
        return keys.contains(InvitationStore.key(tenantId, oid));
    }

    void forget() {
        loadedAt = Instant.EPOCH;
    }
}
