package fi.tarjotin.transaction;

import java.sql.SQLException;
import java.util.Set;

/**
 * Recognises an insert or update refused by a unique key or unique index: the only database failure that
 * means "someone else already added this" and may become 409. Anything else (an outage, a lock timeout, a
 * broken statement) is no duplicate and must reach the outage and contention handling. As with
 * {@link Contention}, the cause chain is searched for the driver's {@link SQLException}, recognised by its codes.
 */
public final class UniqueViolation {

    /** The standard SQLState of a unique violation (H2 23505; SQL Server reports 23000 for every integrity error). */
    private static final String UNIQUE_VIOLATION = "23505";
    /** SQL Server: 2627 unique constraint or primary key, 2601 unique index. H2: 23505 as its error code too. */
    private static final Set<Integer> VENDOR_CODES = Set.of(2627, 2601, 23505);

    private UniqueViolation() {
    }

    /** Whether the failure, or anything that caused it, is a violated unique key. */
    public static boolean isCause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && isUniqueViolation(sql)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isUniqueViolation(SQLException sql) {
        for (SQLException e = sql; e != null; e = e.getNextException()) {
            if (UNIQUE_VIOLATION.equals(e.getSQLState()) || VENDOR_CODES.contains(e.getErrorCode())) {
                return true;
            }
        }
        return false;
    }
}
