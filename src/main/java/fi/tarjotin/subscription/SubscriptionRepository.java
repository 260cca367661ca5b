package fi.tarjotin.subscription;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.SQL_SERVER)
interface SubscriptionRepository extends CrudRepository<Subscription, UUID> {

    List<Subscription> findByOwnerTenantIdAndOwnerOid(UUID ownerTenantId, UUID ownerOid);

    long countByOwnerTenantIdAndOwnerOid(UUID ownerTenantId, UUID ownerOid);
}
