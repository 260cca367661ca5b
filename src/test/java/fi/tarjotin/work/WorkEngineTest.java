package fi.tarjotin.work;

import fi.tarjotin.support.TestClock;
import fi.tarjotin.support.TestEnvironment;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The background-work engine, two instances ("a" and "b") on one database: a leased item is not taken by the
 * other instance until its lease runs out (and without the lease condition it would be), failures back off by
 * the policy and honour a longer Retry-After, and a recurring job runs once per period across instances. Time
 * is the service's clock, moved by the test (it also runs on, so each wait is checked a second either side).
 */
@MicronautTest(transactional = false)
class WorkEngineTest extends TestEnvironment {

    private static final Duration LEASE = Duration.ofMinutes(5);
    /** 10 s, doubled per failure, no jitter, so the waits can be asserted. */
    private static final WorkPolicy POLICY = new WorkPolicy(Duration.ZERO, Duration.ZERO, 10, LEASE, 3,
            new Backoff(Duration.ofSeconds(10), Duration.ofHours(1), 0), Duration.ofHours(1), false);

    @Inject
    JdbcOperations jdbc;
    @Inject
    TransactionOperations<Connection> transactions;
    @Inject
    ScheduledJobStore jobStore;
    @Inject
    TestClock clock;
    @Inject
    @Named(TaskExecutors.BLOCKING)
    ExecutorService blocking;

    private final AtomicInteger ids = new AtomicInteger();

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("tarjotin.work.enabled", "false");
        return properties;
    }

    @BeforeAll
    void createProbeTable() {
        jdbc.execute(c -> {
            try (var s = c.prepareStatement(ProbeQueue.TABLE)) {
                return s.executeUpdate();
            }
        });
    }

    @Test
    void anItemLeasedByOneInstanceIsNotTakenByAnotherUntilTheLeaseRunsOut() {
        ProbeQueue queue = new ProbeQueue(jdbc, transactions, true);
        int id = ids.incrementAndGet();
        queue.add(id, clock.now());
        Probes crashing = new Probes(queue, probe -> Attempt.abandoned());
        Probes working = new Probes(queue, probe -> Attempt.done(null, null));

        engine("a", crashing).runOnce();
        engine("b", working).runOnce();
        assertEquals(List.of(), working.ran, "instance a holds the lease");

        clock.advance(LEASE.minusSeconds(1));
        engine("b", working).runOnce();
        assertEquals(List.of(), working.ran, "still within the lease");

        clock.advance(Duration.ofSeconds(2));
        engine("b", working).runOnce();
        assertEquals(List.of(id), working.ran, "taken over once the lease ran out");
        assertEquals("DONE", queue.state(id));
    }

    @Test
    void withoutTheLeaseConditionASecondInstanceRunsAnItemTheFirstIsStillWorkingOn() {
        ProbeQueue queue = new ProbeQueue(jdbc, transactions, false);
        int id = ids.incrementAndGet();
        queue.add(id, clock.now());
        Probes crashing = new Probes(queue, probe -> Attempt.abandoned());
        Probes working = new Probes(queue, probe -> Attempt.done(null, null));

        engine("a", crashing).runOnce();
        engine("b", working).runOnce();

        assertEquals(List.of(id), crashing.ran);
        assertEquals(List.of(id), working.ran, "run twice: the lease condition is what prevents it");
    }

    @Test
    void aFailedItemIsRetriedAfterTheBackoffAndFailsForGoodAfterTheLastAttempt() {
        ProbeQueue queue = new ProbeQueue(jdbc, transactions, true);
        int id = ids.incrementAndGet();
        queue.add(id, clock.now());
        Probes failing = new Probes(queue, probe -> Attempt.failed("receiver answered 500", 500, null));
        WorkEngine engine = engine("a", failing);

        engine.runOnce();
        clock.advance(Duration.ofSeconds(9));
        engine.runOnce();
        assertEquals(1, failing.ran.size(), "not before the first backoff (10 s)");
        clock.advance(Duration.ofSeconds(2));
        engine.runOnce();
        assertEquals(2, failing.ran.size(), "retried once the first backoff has passed");

        clock.advance(Duration.ofSeconds(19));
        engine.runOnce();
        assertEquals(2, failing.ran.size(), "the second backoff is doubled (20 s)");
        clock.advance(Duration.ofSeconds(2));
        engine.runOnce();
        assertEquals(3, failing.ran.size());
        assertEquals("FAILED", queue.state(id), "the third failure was the last attempt");

        clock.advance(Duration.ofHours(2));
        engine.runOnce();
        assertEquals(3, failing.ran.size(), "failed for good");
    }

    @Test
    void aRetryAfterLongerThanTheBackoffIsHonouredAndAShorterOneDoesNotShortenIt() {
        ProbeQueue queue = new ProbeQueue(jdbc, transactions, true);
        int slow = ids.incrementAndGet();
        int hasty = ids.incrementAndGet();
        queue.add(slow, clock.now());
        queue.add(hasty, clock.now());
        Probes throttled = new Probes(queue, probe -> probe.failures() > 0 ? Attempt.done(null, 200)
                : Attempt.failed("receiver answered 503", 503, probe.id() == slow ? "120" : "1"));
        WorkEngine engine = engine("a", throttled);
        engine.runOnce();

        clock.advance(Duration.ofSeconds(11));
        engine.runOnce();
        assertEquals(List.of(slow, hasty, hasty), sorted(throttled.ran, slow, hasty),
                "Retry-After: 1 waits the backoff's 10 s; Retry-After: 120 waits longer");
        clock.advance(Duration.ofSeconds(108));
        engine.runOnce();
        assertEquals("PENDING", queue.state(slow), "not before the 120 s the receiver asked for");
        clock.advance(Duration.ofSeconds(2));
        engine.runOnce();
        assertEquals("DONE", queue.state(slow));
    }

    @Test
    void aJobRunsOncePerPeriodAcrossInstancesAndNotWhileAnotherHoldsIt() {
        List<String> runs = new CopyOnWriteArrayList<>();
        Map<String, WorkEngine> engines = new HashMap<>();
        ScheduledJob job = new ScheduledJob() {
            @Override
            public String name() {
                return "probe-once-per-hour";
            }

            @Override
            public Duration interval() {
                return Duration.ofHours(1);
            }

            @Override
            public void run(Instant now) {
                String runner = runs.isEmpty() ? "a" : "b";
                runs.add(runner);
                // While "a" runs the job, "b" looks too: the lease keeps it out.
                if (runner.equals("a")) {
                    assertEquals(0, engines.get("b").runDueJobs(), "b does not run a job that a is running");
                }
            }
        };
        engines.put("a", new WorkEngine(List.of(), List.of(job), jobStore, clock, blocking, "a", Duration.ofMinutes(1)));
        engines.put("b", new WorkEngine(List.of(), List.of(job), jobStore, clock, blocking, "b", Duration.ofMinutes(1)));

        assertEquals(0, engines.get("a").runDueJobs(), "a new job first runs one interval on");
        clock.advance(Duration.ofHours(1));
        assertEquals(1, engines.get("a").runDueJobs());
        assertEquals(0, engines.get("b").runDueJobs(), "run by a in this period");
        clock.advance(Duration.ofMinutes(59));
        assertEquals(0, engines.get("b").runDueJobs(), "still a's period");
        clock.advance(Duration.ofMinutes(1));
        assertEquals(1, engines.get("b").runDueJobs(), "the next period, on whichever instance looks first");
        assertEquals(0, engines.get("a").runDueJobs());
        assertEquals(List.of("a", "b"), runs);
    }

    @Test
    void aSlowItemOfOneQueueDoesNotHoldUpAnotherQueueOrRunTwiceOnThisInstance() throws Exception {
        CountDownLatch slowStarted = new CountDownLatch(1);
        CountDownLatch releaseSlow = new CountDownLatch(1);
        OneItem slow = new OneItem("slow", () -> {
            slowStarted.countDown();
            await(releaseSlow);
        });
        CountDownLatch fastRan = new CountDownLatch(1);
        OneItem fast = new OneItem("fast", fastRan::countDown);
        WorkEngine engine = new WorkEngine(List.of(slow, fast), List.of(), jobStore, clock, blocking, "a",
                Duration.ofMinutes(1));
        try {
            engine.tick();
            assertTrue(slowStarted.await(10, TimeUnit.SECONDS), "the slow item started");
            assertTrue(fastRan.await(10, TimeUnit.SECONDS), "the other queue ran while the slow item was still working");

            slow.offerAgain();
            engine.tick();
            assertEquals(1, slow.rounds.get(), "a queue still working on its round is not started again");
        } finally {
            releaseSlow.countDown();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A queue in memory that offers one item per {@link #offerAgain()} and runs {@code handler} on it. */
    private static final class OneItem implements QueuedWork<Integer>, WorkQueue<Integer> {

        final AtomicInteger rounds = new AtomicInteger();
        private final String name;
        private final Runnable handler;
        private final AtomicInteger offered = new AtomicInteger(1);

        OneItem(String name, Runnable handler) {
            this.name = name;
            this.handler = handler;
        }

        void offerAgain() {
            offered.incrementAndGet();
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public WorkQueue<Integer> queue() {
            return this;
        }

        @Override
        public WorkPolicy policy() {
            return POLICY;
        }

        @Override
        public Attempt perform(Integer item) {
            rounds.incrementAndGet();
            handler.run();
            return Attempt.done(null, null);
        }

        @Override
        public List<Integer> claim(String owner, int limit, Instant now, Instant leaseUntil) {
            return offered.getAndSet(0) > 0 ? List.of(1) : List.of();
        }

        @Override
        public int failures(Integer item) {
            return 0;
        }

        @Override
        public boolean record(Integer item, String owner, Outcome outcome, Instant now) {
            return true;
        }
    }

    private WorkEngine engine(String instance, Probes work) {
        return new WorkEngine(List.of(work), List.of(), jobStore, clock, blocking, instance, Duration.ofMinutes(1));
    }

    /** The two items' runs in a fixed order, for an assertion that does not depend on the order of claiming. */
    private static List<Integer> sorted(List<Integer> ran, int first, int second) {
        return ran.stream().sorted((x, y) -> Integer.compare(x == first ? 0 : 1, y == first ? 0 : 1)).toList();
    }

    /** Queued work over the probe table whose handler answers as told and remembers what it ran. */
    private static final class Probes implements QueuedWork<ProbeQueue.Probe> {

        final List<Integer> ran = new CopyOnWriteArrayList<>();
        private final ProbeQueue queue;
        private final Function<ProbeQueue.Probe, Attempt> answer;

        Probes(ProbeQueue queue, Function<ProbeQueue.Probe, Attempt> answer) {
            this.queue = queue;
            this.answer = answer;
        }

        @Override
        public String name() {
            return "probe";
        }

        @Override
        public WorkQueue<ProbeQueue.Probe> queue() {
            return queue;
        }

        @Override
        public WorkPolicy policy() {
            return POLICY;
        }

        @Override
        public Attempt perform(ProbeQueue.Probe item) {
            ran.add(item.id());
            return answer.apply(item);
        }
    }
}
