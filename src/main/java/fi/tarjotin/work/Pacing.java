package fi.tarjotin.work;

import java.util.function.LongSupplier;

/**
 * Keeps long background work (a search index rebuild of the whole catalogue) to a share of one processor, so
 * that requests keep the rest: after each batch the working thread rests for as long as the processor time
 * the batch took requires. A share of 1 or more never rests. Processor time, not elapsed time, is measured, so
 * that time spent waiting (for the database, or for the processor itself) is not counted as work.
 */
public final class Pacing {

    /** Rests the working thread; in tests, records the rest instead. */
    public interface Rest {
        void nanos(long nanos) throws InterruptedException;
    }

    private final double share;
    private final LongSupplier processorNanos;
    private final Rest rest;
    private long last;

    public Pacing(double share, LongSupplier processorNanos, Rest rest) {
        if (!(share > 0)) {
            throw new IllegalArgumentException("share must be positive");
        }
        this.share = share;
        this.processorNanos = processorNanos;
        this.rest = rest;
        this.last = processorNanos.getAsLong();
        if (last < 0) {
            // The JVM's answer for a thread it does not measure, such as a virtual thread: nothing would rest.
            throw new IllegalStateException("the processor time of this thread is not measured");
        }
    }

    /** Called by the working thread after each batch. */
    public void afterBatch() throws InterruptedException {
        if (share >= 1) {
            return;
        }
        long used = processorNanos.getAsLong() - last;
        long nanos = (long) (used * (1 - share) / share);
        if (nanos > 0) {
            rest.nanos(nanos);
        }
        last = processorNanos.getAsLong();
    }
}
