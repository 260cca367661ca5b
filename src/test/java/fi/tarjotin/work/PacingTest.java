package fi.tarjotin.work;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PacingTest {

    private final AtomicLong processor = new AtomicLong(1_000_000);
    private final List<Long> rests = new ArrayList<>();

    @Test
    void aQuarterOfAProcessorRestsThreeTimesAsLongAsEachBatchWorked() throws InterruptedException {
        Pacing pacing = new Pacing(0.25, processor::get, rests::add);
        processor.addAndGet(10_000_000);
        pacing.afterBatch();
        processor.addAndGet(2_000_000);
        pacing.afterBatch();
        assertEquals(List.of(30_000_000L, 6_000_000L), rests);
    }

    @Test
    void aBatchThatUsedNoProcessorTimeDoesNotRest() throws InterruptedException {
        Pacing pacing = new Pacing(0.5, processor::get, rests::add);
        pacing.afterBatch();
        assertEquals(List.of(), rests);
    }

    @Test
    void aWholeProcessorNeverRests() throws InterruptedException {
        Pacing pacing = new Pacing(1, processor::get, rests::add);
        processor.addAndGet(50_000_000);
        pacing.afterBatch();
        assertEquals(List.of(), rests);
        assertThrows(IllegalArgumentException.class, () -> new Pacing(0, processor::get, rests::add));
    }

    @Test
    void aThreadWhoseProcessorTimeIsNotMeasuredIsRefusedRatherThanLeftUnpaced() {
        // What ThreadMXBean answers on a virtual thread.
        assertThrows(IllegalStateException.class, () -> new Pacing(0.25, () -> -1, rests::add));
    }
}
