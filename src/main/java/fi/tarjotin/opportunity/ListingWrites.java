package fi.tarjotin.opportunity;

import fi.tarjotin.error.VersionConflictException;
import fi.tarjotin.organisation.Organisations;
import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Supplier;

/** What every change to a listing shares: its transaction, its time, a versioned save, the owner's name. */
@Singleton
class ListingWrites {

    private final OpportunityRepository repository;
    private final Organisations organisations;
    private final TransactionOperations<Connection> transactions;
    private final Clock clock;

    ListingWrites(OpportunityRepository repository, Organisations organisations,
                  TransactionOperations<Connection> transactions, Clock clock) {
        this.repository = repository;
        this.organisations = organisations;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** The service's clock; it keeps whole milliseconds, as DATETIME2(3) does, so what is answered is read back. */
    Instant now() {
        return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    }

    /** Saves a row read at its version; a change committed since is a version conflict. */
    Opportunity save(Opportunity row) {
        try {
            return repository.update(row);
        } catch (OptimisticLockException concurrentChange) {
            throw new VersionConflictException();
        }
    }

    <T> T inTransaction(Supplier<T> work) {
        return transactions.executeWrite(status -> work.get());
    }

    String organisationName(UUID organisationId) {
        return organisations.nameOf(organisationId);
    }
}
