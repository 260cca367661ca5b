package fi.tarjotin.organisation;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.SQL_SERVER)
interface OrganisationRepository extends CrudRepository<Organisation, UUID> {

    boolean existsByBusinessId(String businessId);

    boolean existsByBusinessIdAndIdNotEqual(String businessId, UUID id);

    List<Organisation> findByIdIn(Collection<UUID> ids);
}
