package fi.tarjotin.transaction;

import java.sql.SQLException;
import java.util.Set;

/**
 * Recognises a transaction that lost to another one: a deadlock victim, a lost update conflict or a lock
 * wait that timed out. Such a transaction was rolled back whole and may simply run again; it is no fault of
 * the request. Micronaut Data and Hikari wrap the driver's exception, so the cause chain is searched for
 * the {@link SQLException}; the driver is recognised by its codes alone, so no driver class is needed.
 */
public final class Contention {

    /** The standard SQLState of a serialization failure or deadlock (both SQL Server's 1205 and H2's 40001). */
    private static final String SERIALIZATION_FAILURE = "40001";
    /**
     * SQL Server: 1205 deadlock victim, 1222 lock request timeout ({@code SET LOCK_TIMEOUT}), 3960 snapshot
     * isolation update conflict. H2: 40001 deadlock, 50200 lock timeout ("Timeout trying to lock table"),
     * 90131 concurrent update. The two sets can be searched together: SQL Server never raises H2's numbers
     * (50200 would be a user-defined RAISERROR, which this service does not use) and H2 never raises SQL
     * Server's.
     */
    private static final Set<Integer> VENDOR_CODES = Set.of(1205, 1222, 3960, 40001, 50200, 90131);

    private Contention() {
    }

    /** Whether the failure, or anything that caused it, is a transaction that lost to another one. */
    public static boolean isContention(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && isContention(sql)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isContention(SQLException sql) {
        for (SQLException e = sql; e != null; e = e.getNextException()) {
            if (SERIALIZATION_FAILURE.equals(e.getSQLState()) || VENDOR_CODES.contains(e.getErrorCode())) {
                return true;
            }
        }
        return false;
    }
}
