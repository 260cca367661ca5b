package fi.tarjotin.work;

import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;

/**
 * Runs all background work of this instance: claims due items of each {@link QueuedWork} with a lease, runs
 * the handler, and records one outcome (done, retry after the queue's {@link Backoff} or the server's
 * {@code Retry-After} where longer, or failed for good); and runs each {@link ScheduledJob} whose time has
 * come, once across all instances, by leasing it in {@code scheduled_job}. Time is the injected {@link Clock}:
 * tests drive {@link #runOnce()} and move the clock instead of waiting.
 */
@Singleton
public class WorkEngine {

    private static final Logger LOG = LoggerFactory.getLogger(WorkEngine.class);
    /** The name of the round that runs the recurring jobs. */
    private static final String JOBS = "scheduled-jobs";

    private final List<QueuedWork<?>> queues;
    private final List<ScheduledJob> jobs;
    private final ScheduledJobStore jobStore;
    private final Clock clock;
    private final ExecutorService blocking;
    private final String instanceId;
    private final Duration jobRetry;
    /** When this instance next looks at each queue: polling cadence only, never a lease. */
    private final Map<String, Instant> nextPoll = new ConcurrentHashMap<>();
    /** The rounds (a queue's name, or {@link #JOBS}) running on this instance now. */
    private final Set<String> running = ConcurrentHashMap.newKeySet();

    @Inject
    WorkEngine(List<QueuedWork<?>> queues, List<ScheduledJob> jobs, ScheduledJobStore jobStore, Clock clock,
               @Named(TaskExecutors.BLOCKING) ExecutorService blocking, WorkProperties properties) {
        this(queues, jobs, jobStore, clock, blocking, properties.getInstanceId() != null
                ? properties.getInstanceId() : "instance-" + UUID.randomUUID(), properties.getJobRetry());
    }

    WorkEngine(List<QueuedWork<?>> queues, List<ScheduledJob> jobs, ScheduledJobStore jobStore, Clock clock,
               ExecutorService blocking, String instanceId, Duration jobRetry) {
        this.queues = List.copyOf(queues);
        this.jobs = List.copyOf(jobs);
        this.jobStore = jobStore;
        this.clock = clock;
        this.blocking = blocking;
        this.instanceId = instanceId;
        this.jobRetry = jobRetry;
    }

    /** The name this instance holds its leases under. */
    public String instanceId() {
        return instanceId;
    }

    /**
     * One tick: each enabled queue whose polling interval has come, and the due jobs, each on a thread of its own
     * from the blocking pool, so that a slow item of one queue (a Graph call waiting out its timeout) never holds
     * up another queue (webhook deliveries) or the jobs. A queue still working on its last round is skipped.
     */
    void tick() {
        Instant now = clock.instant();
        for (QueuedWork<?> work : queues) {
            Instant due = nextPoll.computeIfAbsent(work.name(), name -> now.plus(work.policy().initialDelay()));
            if (work.enabled() && !now.isBefore(due)) {
                nextPoll.put(work.name(), now.plus(work.policy().interval()));
                inBackground(work.name(), () -> runQuietly(work));
            }
        }
        inBackground(JOBS, this::runDueJobs);
    }

    /** Runs {@code round} on the blocking pool unless the round of that name is still running on this instance. */
    private void inBackground(String round, Runnable task) {
        if (!running.add(round)) {
            return;
        }
        try {
            blocking.execute(() -> {
                try {
                    task.run();
                } finally {
                    running.remove(round);
                }
            });
        } catch (RuntimeException refused) {
            running.remove(round);
            LOG.warn("Background round {} not started: {}", round, refused.toString());
        }
    }

    /** One round of everything, whatever the intervals: each queue once, then the due jobs. Returns the items worked. */
    public int runOnce() {
        int worked = 0;
        for (QueuedWork<?> work : queues) {
            worked += run(work);
        }
        runDueJobs();
        return worked;
    }

    /** One round of one queue: claims a batch of due items and works them off. Returns how many it claimed. */
    public <T> int run(QueuedWork<T> work) {
        Instant now = clock.instant();
        WorkPolicy policy = work.policy();
        List<T> claimed = work.queue().claim(instanceId, policy.batchSize(), now, now.plus(policy.lease()));
        if (policy.parallel() && claimed.size() > 1) {
            List<Callable<Void>> tasks = claimed.stream().<Callable<Void>>map(item -> () -> {
                attempt(work, item);
                return null;
            }).toList();
            try {
                blocking.invokeAll(tasks);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        } else {
            claimed.forEach(item -> attempt(work, item));
        }
        return claimed.size();
    }

    /** Runs each job whose time has come and that no other instance holds. Returns how many ran here. */
    public int runDueJobs() {
        int ran = 0;
        for (ScheduledJob job : jobs) {
            try {
                ran += runIfDue(job) ? 1 : 0;
            } catch (RuntimeException e) {
                LOG.warn("Scheduled job {} could not be leased this round: {}", job.name(), e.toString());
            }
        }
        return ran;
    }

    private boolean runIfDue(ScheduledJob job) {
        Instant now = clock.instant();
        // A job new to the database first runs after its first-run delay (by default one interval on).
        OptionalInt failures = jobStore.claim(job.name(), instanceId, now, now.plus(job.lease()),
                now.plus(job.firstRunDelay()));
        if (failures.isEmpty()) {
            return false;
        }
        try {
            job.run(now);
            jobStore.finish(job.name(), instanceId, now, now.plus(job.interval()), null);
        } catch (RuntimeException e) {
            LOG.warn("Scheduled job {} failed: {}", job.name(), e.getClass().getSimpleName());
            Backoff retry = new Backoff(jobRetry, job.interval().compareTo(jobRetry) < 0 ? jobRetry : job.interval(), 0);
            Instant at = clock.instant();
            jobStore.finish(job.name(), instanceId, now, at.plus(retry.after(failures.getAsInt() + 1)),
                    e.getClass().getSimpleName());
        }
        return true;
    }

    private void runQuietly(QueuedWork<?> work) {
        try {
            run(work);
        } catch (RuntimeException e) {
            LOG.warn("Queue {} could not be worked off this round: {}", work.name(), e.toString());
        }
    }

    private <T> void attempt(QueuedWork<T> work, T item) {
        Attempt attempt;
        try {
            attempt = work.perform(item);
        } catch (RuntimeException e) {
            LOG.warn("Work item of {} failed: {}", work.name(), e.getClass().getSimpleName());
            attempt = Attempt.failed(e.getClass().getSimpleName(), null, null);
        }
        if (attempt.kind() == Attempt.Kind.ABANDONED) {
            return;
        }
        // One reading of the clock for the outcome and its record: a retry is due exactly the wait after it.
        Instant now = clock.instant();
        try {
            work.record(item, instanceId, outcome(work, item, attempt, now), now);
        } catch (RuntimeException e) {
            // The lease runs out and the item is tried again: handlers are safe to repeat.
            LOG.warn("Outcome of a {} item not recorded: {}", work.name(), e.toString());
        }
    }

    private <T> Outcome outcome(QueuedWork<T> work, T item, Attempt attempt, Instant now) {
        if (attempt.kind() == Attempt.Kind.DONE) {
            return new Outcome(Outcome.Kind.DONE, attempt, null);
        }
        WorkPolicy policy = work.policy();
        int failures = work.queue().failures(item) + 1;
        if (attempt.kind() == Attempt.Kind.REJECTED || failures >= policy.maxAttempts()) {
            return new Outcome(Outcome.Kind.FAILED, attempt, null);
        }
        Duration wait = policy.backoff().after(failures, RetryAfter.parse(attempt.retryAfter(), now, policy.maxRetryAfter()));
        return new Outcome(Outcome.Kind.RETRY, attempt, now.plus(wait));
    }
}
