package fi.tarjotin.municipality;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.SQL_SERVER)
interface CoordinatorAssignmentRepository extends CrudRepository<CoordinatorAssignment, UUID> {

    List<CoordinatorAssignment> findByMunicipalityCodeOrderByDisplayName(String municipalityCode);

    Optional<CoordinatorAssignment> findByIdAndMunicipalityCode(UUID id, String municipalityCode);

    boolean existsByMunicipalityCodeAndTenantIdAndOid(String municipalityCode, UUID tenantId, UUID oid);

    List<CoordinatorAssignment> findByTenantIdAndOid(UUID tenantId, UUID oid);
}
