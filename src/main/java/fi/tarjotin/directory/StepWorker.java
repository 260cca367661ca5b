package fi.tarjotin.directory;

import fi.tarjotin.error.ErrorCode;
import fi.tarjotin.work.Attempt;
import fi.tarjotin.work.Backoff;
import fi.tarjotin.work.Outcome;
import fi.tarjotin.work.QueuedWork;
import fi.tarjotin.work.WorkPolicy;
import fi.tarjotin.work.WorkQueue;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Directory steps as queued work of the background-work engine: the engine claims each with a lease, this
 * does the work outside any transaction, and the outcome is recorded only if the lease is still held. A crash
 * leaves the step claimed until the lease runs out; then any instance takes it over, and the work, being
 * idempotent, is simply repeated. Retries follow the engine's {@link Backoff}, or Graph's {@code Retry-After}
 * where that is longer.
 */
@Singleton
public class StepWorker implements QueuedWork<DirectoryStep> {

    private static final Logger LOG = LoggerFactory.getLogger(StepWorker.class);
    /** Neither the doubling nor Graph's Retry-After parks a step longer than this. */
    private static final Duration LONGEST_WAIT = Duration.ofHours(1);

    private final StepStore store;
    private final Map<String, StepHandler> handlers;
    private final StepWorkerProperties properties;
    private final WorkPolicy policy;
    private final TransactionOperations<Connection> transactions;

    StepWorker(StepStore store, List<StepHandler> handlers, StepWorkerProperties properties,
               TransactionOperations<Connection> transactions) {
        this.store = store;
        this.handlers = handlers.stream().collect(Collectors.toMap(StepHandler::subjectType, Function.identity()));
        this.properties = properties;
        // One step at a time: a subject's later steps read what its earlier ones produced.
        this.policy = new WorkPolicy(properties.getInterval(), properties.getInterval(), properties.getBatchSize(), properties.getLease(),
                properties.getMaxAttempts(), new Backoff(properties.getBackoff(), LONGEST_WAIT, 0), LONGEST_WAIT, false);
        this.transactions = transactions;
    }

    @Override
    public String name() {
        return "directory-step";
    }

    @Override
    public WorkQueue<DirectoryStep> queue() {
        return store;
    }

    @Override
    public WorkPolicy policy() {
        return policy;
    }

    @Override
    public boolean enabled() {
        return properties.isEnabled();
    }

    @Override
    public Attempt perform(DirectoryStep step) {
        StepHandler handler = handlers.get(step.subjectType());
        if (handler == null) {
            return Attempt.rejected(ErrorCode.STEP_UNKNOWN.name(), null);
        }
        try {
            return Attempt.done(handler.perform(step, resultsOf(step)), null);
        } catch (DirectoryException failure) {
            return failure.transientFailure()
                    ? Attempt.failed(failure.code().name(), null, failure.retryAfter())
                    : Attempt.rejected(failure.code().name(), null);
        } catch (RuntimeException unexpected) {
            LOG.warn("Directory step {} failed: {}", step.name(), unexpected.getClass().getSimpleName());
            return Attempt.failed(ErrorCode.STEP_ERROR.name(), null, null);
        }
    }

    /** A step done is recorded together with its handler's local consequences, in one transaction. */
    @Override
    public boolean record(DirectoryStep step, String owner, Outcome outcome, Instant now) {
        if (outcome.kind() != Outcome.Kind.DONE) {
            return store.record(step, owner, outcome, now);
        }
        return transactions.executeWrite(status -> {
            Map<String, String> results = resultsOf(step);
            boolean recorded = store.record(step, owner, outcome, now);
            if (recorded) {
                handlers.get(step.subjectType()).completed(step, outcome.attempt().result(), results);
            }
            return recorded;
        });
    }

    private Map<String, String> resultsOf(DirectoryStep step) {
        Map<String, String> results = new HashMap<>();
        store.list(step.subjectType(), step.subjectId()).stream().filter(s -> s.result() != null)
                .forEach(s -> results.put(s.name(), s.result()));
        return results;
    }
}
