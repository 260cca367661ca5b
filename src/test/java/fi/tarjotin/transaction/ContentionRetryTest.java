package fi.tarjotin.transaction;

import io.micronaut.transaction.TransactionCallback;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.TransactionStatus;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** How often a unit of work runs when its transaction loses to another one. */
class ContentionRetryTest {

    private final AtomicInteger pauses = new AtomicInteger();
    private final RetryPause noWait = new RetryPause(new ContentionRetryProperties()) {
        @Override
        public void before(int retry) {
            pauses.incrementAndGet();
        }
    };

    @Test
    void aDeadlockVictimRunsAgainAndSucceeds() {
        AtomicInteger runs = new AtomicInteger();
        String result = retry(false).call(() -> runs.incrementAndGet() == 1 ? fail(deadlock()) : "done");
        assertEquals("done", result);
        assertEquals(2, runs.get());
        assertEquals(1, pauses.get());
    }

    @Test
    void givesUpAfterTheConfiguredAttemptsWithTheLastFailure() {
        AtomicInteger runs = new AtomicInteger();
        RuntimeException last = deadlock();
        assertSame(last, assertThrows(RuntimeException.class, () -> retry(false).call(() -> {
            runs.incrementAndGet();
            throw last;
        })));
        assertEquals(3, runs.get());
        assertEquals(2, pauses.get());
    }

    @Test
    void otherFailuresAreNotRetried() {
        AtomicInteger runs = new AtomicInteger();
        assertThrows(IllegalStateException.class, () -> retry(false).call(() -> {
            runs.incrementAndGet();
            throw new IllegalStateException("a bug, not contention");
        }));
        assertEquals(1, runs.get());
    }

    @Test
    void insideAnOpenTransactionTheWorkRunsOnceAndTheOutermostRetries() {
        AtomicInteger runs = new AtomicInteger();
        assertThrows(RuntimeException.class, () -> retry(true).call(() -> {
            runs.incrementAndGet();
            throw deadlock();
        }));
        assertEquals(1, runs.get());
    }

    @Test
    void aUnitInsideAnotherRunsOnceSoAttemptsDoNotMultiply() {
        ContentionRetry retry = retry(false);
        AtomicInteger inner = new AtomicInteger();
        assertThrows(RuntimeException.class, () -> retry.call(() -> retry.call(() -> {
            inner.incrementAndGet();
            throw deadlock();
        })));
        assertEquals(3, inner.get());
    }

    private ContentionRetry retry(boolean transactionOpen) {
        return new ContentionRetry(new FakeTransactions(transactionOpen), noWait, new ContentionRetryProperties());
    }

    private static RuntimeException deadlock() {
        return new RuntimeException(new SQLException("deadlocked", "40001", 1205));
    }

    private static <T> T fail(RuntimeException e) {
        throw e;
    }

    /** Says whether a transaction is open; runs nothing. */
    private record FakeTransactions(boolean open) implements TransactionOperations<Connection> {
        @Override
        public Connection getConnection() {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean hasConnection() {
            return open;
        }

        @Override
        public Optional<? extends TransactionStatus<?>> findTransactionStatus() {
            return open ? Optional.of((TransactionStatus<?>) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {TransactionStatus.class}, (proxy, method, args) -> null)) : Optional.empty();
        }

        @Override
        public <R> R execute(TransactionDefinition definition, TransactionCallback<Connection, R> callback) {
            throw new UnsupportedOperationException();
        }
    }
}
