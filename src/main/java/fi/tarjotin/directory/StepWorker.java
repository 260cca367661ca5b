package fi.tarjotin.directory;

import fi.tarjotin.error.ErrorCode;
import fi.tarjotin.work.Backoff;
import fi.tarjotin.work.RetryAfter;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Works off due directory steps: claims each with a lease, does the work outside any transaction, then
 * records the outcome only if it still holds the lease. A crash leaves the step claimed until the lease
 * runs out; then any instance takes it over, and the work, being idempotent, is simply repeated. Retries
 * follow the shared {@link Backoff}, or Graph's {@code Retry-After} where that is longer.
 */
@Singleton
public class StepWorker {

    private static final Logger LOG = LoggerFactory.getLogger(StepWorker.class);
    /** Neither the doubling nor Graph's Retry-After parks a step longer than this. */
    private static final Duration LONGEST_WAIT = Duration.ofHours(1);

    private final StepStore store;
    private final Directory directory;
    private final Map<String, StepHandler> handlers;
    private final StepWorkerProperties properties;
    private final Clock clock;
    private final Backoff backoff;
    private final TransactionOperations<Connection> transactions;
    private final String owner = "worker-" + UUID.randomUUID();

    StepWorker(StepStore store, Directory directory, List<StepHandler> handlers, StepWorkerProperties properties,
               Clock clock, TransactionOperations<Connection> transactions) {
        this.store = store;
        this.directory = directory;
        this.handlers = handlers.stream().collect(Collectors.toMap(StepHandler::subjectType, Function.identity()));
        this.properties = properties;
        this.clock = clock;
        this.backoff = new Backoff(properties.getBackoff(), LONGEST_WAIT, 0);
        this.transactions = transactions;
    }

    /** One round: every step due now that this instance can claim. Returns how many it worked on. */
    public int runOnce() {
        Instant now = clock.instant();
        int worked = 0;
        for (UUID id : store.due(now, properties.getBatchSize(), directory.configured())) {
            if (store.claim(id, owner, now, now.plus(properties.getLease()))) {
                store.find(id).ifPresent(this::work);
                worked++;
            }
        }
        return worked;
    }

    private void work(DirectoryStep step) {
        StepHandler handler = handlers.get(step.subjectType());
        if (handler == null) {
            store.fail(step.id(), owner, ErrorCode.STEP_UNKNOWN.name(), clock.instant());
            return;
        }
        Map<String, String> results = resultsOf(step);
        try {
            String result = handler.perform(step, results);
            transactions.executeWrite(status -> {
                if (store.markDone(step.id(), owner, result, clock.instant())) {
                    handler.completed(step, result, results);
                }
                return null;
            });
        } catch (DirectoryException failure) {
            giveUpOrRetry(step, failure);
        } catch (RuntimeException unexpected) {
            LOG.warn("Directory step {} failed: {}", step.name(), unexpected.getClass().getSimpleName());
            giveUpOrRetry(step, new DirectoryException(ErrorCode.STEP_ERROR, true, null));
        }
    }

    private void giveUpOrRetry(DirectoryStep step, DirectoryException failure) {
        Instant now = clock.instant();
        if (failure.transientFailure() && step.attempts() + 1 < properties.getMaxAttempts()) {
            Duration delay = backoff.after(step.attempts() + 1,
                    RetryAfter.parse(failure.retryAfter(), now, LONGEST_WAIT));
            store.retryLater(step.id(), owner, failure.code().name(), now.plus(delay), now);
        } else {
            store.fail(step.id(), owner, failure.code().name(), now);
        }
    }

    private Map<String, String> resultsOf(DirectoryStep step) {
        Map<String, String> results = new HashMap<>();
        store.list(step.subjectType(), step.subjectId()).stream().filter(s -> s.result() != null)
                .forEach(s -> results.put(s.name(), s.result()));
        return results;
    }
}
