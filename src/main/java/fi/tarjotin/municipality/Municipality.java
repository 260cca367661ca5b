package fi.tarjotin.municipality;

import fi.tarjotin.common.SqlParameters;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import io.micronaut.data.annotation.sql.ColumnTransformer;

import java.time.Instant;
import java.util.UUID;

/** A municipality by its Statistics Finland code, with the population its cost share is split by. */
@MappedEntity("municipality")
public record Municipality(
        // Compared in the generated queries (by id): a VARCHAR parameter (SqlParameters), so SQL Server seeks.
        @Id @ColumnTransformer(write = SqlParameters.VARCHAR) String code,
        String nameFi,
        @Nullable String nameSv,
        @Nullable String nameEn,
        String regionCode,
        @Nullable String regionNameFi,
        int population,
        boolean active,
        @Nullable UUID entraTenantId,
        @Version Long version,
        Instant createdAt,
        Instant updatedAt) {
}
