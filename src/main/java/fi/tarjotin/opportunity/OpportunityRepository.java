package fi.tarjotin.opportunity;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.SQL_SERVER)
interface OpportunityRepository extends CrudRepository<Opportunity, UUID> {

    @Query("SELECT name FROM organisation WHERE id = :organisationId")
    Optional<String> findOrganisationName(UUID organisationId);
}
