/**
 * Background work: the one clock the service goes by, the one backoff policy and the one {@code Retry-After}
 * parser shared by the queues that lease rows in the database (webhook deliveries, directory steps). Each
 * queue's table and SQL stay in the package that owns the table.
 */
package fi.tarjotin.work;
