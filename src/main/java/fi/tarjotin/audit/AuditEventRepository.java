package fi.tarjotin.audit;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.SQL_SERVER)
interface AuditEventRepository extends CrudRepository<AuditEvent, Long> {

    // Written out, not derived: the derived query would compare the VARCHAR columns with NVARCHAR parameters.
    @Query("SELECT * FROM audit_event WHERE entity_type = CAST(:entityType AS VARCHAR(8000)) "
            + "AND entity_id = CAST(:entityId AS VARCHAR(8000)) ORDER BY id DESC")
    List<AuditEvent> findByEntityTypeAndEntityIdOrderByIdDesc(String entityType, String entityId);
}
