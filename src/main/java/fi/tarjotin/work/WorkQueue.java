package fi.tarjotin.work;

import java.time.Instant;
import java.util.List;

/**
 * A table of background work rows, implemented by the store of the package that owns the table. Rows are
 * claimed with a lease by a conditional {@code UPDATE} (only where the lease is empty or expired), and an
 * outcome is recorded only by the instance that still holds the lease.
 */
public interface WorkQueue<T> {

    /** Leases up to {@code limit} due rows to {@code owner} until {@code leaseUntil}; rows leased to another are left. */
    List<T> claim(String owner, int limit, Instant now, Instant leaseUntil);

    /** How many attempts at the item failed before this one. */
    int failures(T item);

    /** Records the outcome of the attempt, if {@code owner} still holds the lease; true where it did. */
    boolean record(T item, String owner, Outcome outcome, Instant now);
}
