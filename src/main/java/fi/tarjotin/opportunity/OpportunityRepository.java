package fi.tarjotin.opportunity;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.UUID;

@JdbcRepository(dialect = Dialect.SQL_SERVER)
interface OpportunityRepository extends CrudRepository<Opportunity, UUID> {

    /**
     * Takes the row lock of a draft at this version before its join rows go, so that a publish holding
     * or waiting for the same row is ordered with the delete; 0 where it is no longer that draft.
     */
    @Query("UPDATE opportunity SET version = version WHERE id = :id AND status = 'DRAFT' AND version = :version")
    int lockDraft(UUID id, long version);

    /** Deletes the listing only while it is still the draft at this version: 1 where it was. */
    @Query("DELETE FROM opportunity WHERE id = :id AND status = 'DRAFT' AND version = :version")
    int deleteDraft(UUID id, long version);
}
