package fi.tarjotin.transaction;

import io.micronaut.data.exceptions.DataAccessException;
import org.h2.api.ErrorCode;
import org.h2.message.DbException;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which database failures are a transaction that lost to another one, as SQL Server and H2 report them. */
class ContentionTest {

    @Test
    void sqlServerDeadlockVictimIsContention() {
        assertTrue(Contention.isContention(sqlServer(1205, "40001",
                "Transaction (Process ID 57) was deadlocked on lock resources with another process")));
    }

    @Test
    void sqlServerSnapshotUpdateConflictIsContention() {
        assertTrue(Contention.isContention(sqlServer(3960, "S0005", "Snapshot isolation transaction aborted")));
    }

    @Test
    void sqlServerLockRequestTimeoutIsContention() {
        assertTrue(Contention.isContention(sqlServer(1222, "S00051", "Lock request time out period exceeded.")));
    }

    @Test
    void anySerializationFailureIsContention() {
        assertTrue(Contention.isContention(new SQLException("could not serialize access", "40001", 0)));
    }

    @Test
    void h2DeadlockLockTimeoutAndConcurrentUpdateAreContention() {
        assertTrue(Contention.isContention(h2(ErrorCode.DEADLOCK_1)));
        assertTrue(Contention.isContention(h2(ErrorCode.LOCK_TIMEOUT_1)));
        assertTrue(Contention.isContention(h2(ErrorCode.CONCURRENT_UPDATE_1)));
    }

    @Test
    void isFoundThroughTheWrappersOfMicronautData() {
        assertTrue(Contention.isContention(new DataAccessException("Error executing UPDATE",
                new RuntimeException(sqlServer(1205, "40001", "deadlocked")))));
    }

    @Test
    void isFoundInTheChainOfNextExceptions() {
        SQLException first = new SQLException("The statement has been terminated.", "S0001", 3621);
        first.setNextException(sqlServer(1205, "40001", "deadlocked"));
        assertTrue(Contention.isContention(first));
    }

    @Test
    void otherDatabaseFailuresAreNotContention() {
        assertFalse(Contention.isContention(sqlServer(2627, "23000", "Violation of PRIMARY KEY constraint")));
        assertFalse(Contention.isContention(sqlServer(547, "23000", "The INSERT statement conflicted with the FOREIGN KEY")));
        assertFalse(Contention.isContention(h2(ErrorCode.DUPLICATE_KEY_1)));
        assertFalse(Contention.isContention(h2(ErrorCode.SYNTAX_ERROR_1)));
        assertFalse(Contention.isContention(new SQLTransientConnectionException("Connection is not available", "08001")));
        assertFalse(Contention.isContention(new IllegalStateException("not a database failure")));
    }

    /** As mssql-jdbc reports it: the server's error number as vendor code, with its SQLState. */
    private static SQLException sqlServer(int number, String state, String message) {
        return new SQLException(message, state, number);
    }

    private static SQLException h2(int code) {
        return DbException.get(code, "opportunity").getSQLException();
    }
}
