package fi.tarjotin.organisation;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The one writer of {@code organisation_member}: every way of becoming a member ends here. */
@JdbcRepository(dialect = Dialect.SQL_SERVER)
interface OrganisationMemberRepository extends CrudRepository<OrganisationMember, UUID> {

    List<OrganisationMember> findByOrganisationIdOrderByDisplayName(UUID organisationId);

    Optional<OrganisationMember> findByIdAndOrganisationId(UUID id, UUID organisationId);

    boolean existsByOrganisationIdAndTenantIdAndOid(UUID organisationId, UUID tenantId, UUID oid);

    List<OrganisationMember> findByTenantIdAndOid(UUID tenantId, UUID oid);
}
