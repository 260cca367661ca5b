package fi.tarjotin.transaction;

import io.micronaut.data.exceptions.DataAccessException;
import org.h2.api.ErrorCode;
import org.h2.message.DbException;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which database failures are a violated unique key (409) and which are not (an outage, contention, others). */
class UniqueViolationTest {

    @Test
    void sqlServerUniqueConstraintAndUniqueIndexAreUniqueViolations() {
        assertTrue(UniqueViolation.isCause(sqlServer(2627, "23000", "Violation of UNIQUE KEY constraint")));
        assertTrue(UniqueViolation.isCause(sqlServer(2601, "23000", "Cannot insert duplicate key row")));
    }

    @Test
    void h2DuplicateKeyIsAUniqueViolation() {
        assertTrue(UniqueViolation.isCause(h2(ErrorCode.DUPLICATE_KEY_1)));
    }

    @Test
    void isFoundThroughTheWrappersOfMicronautDataAndInTheChainOfNextExceptions() {
        assertTrue(UniqueViolation.isCause(new DataAccessException("Error executing PERSIST",
                new RuntimeException(h2(ErrorCode.DUPLICATE_KEY_1)))));
        SQLException first = new SQLException("The statement has been terminated.", "01000", 3621);
        first.setNextException(sqlServer(2627, "23000", "Violation of PRIMARY KEY constraint"));
        assertTrue(UniqueViolation.isCause(first));
    }

    @Test
    void anOutageContentionAndOtherIntegrityErrorsAreNoUniqueViolation() {
        assertFalse(UniqueViolation.isCause(new DataAccessException("Error executing PERSIST",
                new SQLTransientConnectionException("Connection is not available", "08001"))));
        assertFalse(UniqueViolation.isCause(h2(ErrorCode.CONNECTION_BROKEN_1)));
        assertFalse(UniqueViolation.isCause(h2(ErrorCode.LOCK_TIMEOUT_1)));
        assertFalse(UniqueViolation.isCause(sqlServer(1205, "40001", "deadlocked")));
        assertFalse(UniqueViolation.isCause(sqlServer(547, "23000", "The INSERT statement conflicted with the FOREIGN KEY")));
        assertFalse(UniqueViolation.isCause(h2(ErrorCode.CHECK_CONSTRAINT_VIOLATED_1)));
        assertFalse(UniqueViolation.isCause(new DataAccessException("no SQL cause")));
    }

    private static SQLException sqlServer(int number, String state, String message) {
        return new SQLException(message, state, number);
    }

    private static SQLException h2(int code) {
        return DbException.get(code, "organisation_member").getSQLException();
    }
}
