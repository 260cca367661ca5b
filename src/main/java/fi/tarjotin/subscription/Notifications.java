package fi.tarjotin.subscription;

import fi.tarjotin.common.Guids;
import fi.tarjotin.common.SqlParameters;
import fi.tarjotin.opportunity.ListingChanged;
import fi.tarjotin.opportunity.OpportunityView;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Turns a change of a listing into deliveries for the matching subscriptions. Listens to {@link ListingChanged},
 * which is delivered synchronously inside the transaction of the change, so a notification exists exactly
 * when the change does (a rolled-back change notifies no one); the worker posts it. Only listings that are
 * or were published notify: their content is public.
 */
@Singleton
class Notifications {

    private final JdbcOperations jdbc;
    private final JsonMapper json;

    private final Clock clock;

    Notifications(JdbcOperations jdbc, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Records a change of a listing in the deliveries of the subscriptions it matches; the change's kind
     * ({@code UPDATED}, {@code PUBLISHED}, {@code CLOSED}, {@code REOPENED}, {@code ARCHIVED}) is the payload's
     * {@code changeType}.
     */
    @EventListener
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void listingChanged(ListingChanged change) {
        boolean nowPublic = change.isPublic();
        boolean wasPublic = change.wasPublic();
        if (!nowPublic && !wasPublic) {
            return;
        }
        OpportunityView after = change.listing();
        String changeType = change.change().name();
        List<String> events = new ArrayList<>(List.of(WebhookEvent.OPPORTUNITY_CHANGED.name()));
        if (nowPublic && !wasPublic) {
            events.add(WebhookEvent.OPPORTUNITY_PUBLISHED.name());
        }
        Instant now = clock.instant();
        ListingNotification.Listing listing = ListingNotification.Listing.of(after);
        jdbc.execute(connection -> {
            List<Target> targets = new ArrayList<>();
            String sql = "SELECT id, event FROM webhook_subscription WHERE status = 'ACTIVE' AND event IN ("
                    + SqlParameters.varchars(events.size()) + ") AND (type IS NULL OR type = " + SqlParameters.VARCHAR + ")"
                    + (after.municipalityCodes().isEmpty() ? " AND municipality_code IS NULL"
                    : " AND (municipality_code IS NULL OR municipality_code IN ("
                    + SqlParameters.varchars(after.municipalityCodes().size()) + "))");
            try (var select = connection.prepareStatement(sql)) {
                int i = 1;
                for (String event : events) {
                    select.setString(i++, event);
                }
                select.setString(i++, after.type());
                for (String code : after.municipalityCodes()) {
                    select.setString(i++, code);
                }
                try (var rows = select.executeQuery()) {
                    while (rows.next()) {
                        targets.add(new Target(Guids.get(rows, 1), rows.getString(2)));
                    }
                }
            }
            if (targets.isEmpty()) {
                return null;
            }
            try (var insert = connection.prepareStatement("INSERT INTO webhook_delivery (delivery_key, subscription_id, "
                    + "payload, status, attempts, due_at, created_at) VALUES (?, ?, ?, 'PENDING', 0, ?, ?)")) {
                for (Target target : targets) {
                    UUID key = UUID.randomUUID();
                    insert.setString(1, key.toString());
                    insert.setString(2, target.subscription().toString());
                    insert.setString(3, payload(new ListingNotification(key, target.subscription(), target.event(),
                            changeType, now, listing)));
                    insert.setTimestamp(4, Timestamp.from(now));
                    insert.setTimestamp(5, Timestamp.from(now));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            return null;
        });
    }

    private String payload(ListingNotification notification) {
        try {
            return json.writeValueAsString(notification);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Target(UUID subscription, String event) {
    }
}
