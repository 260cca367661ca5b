package fi.tarjotin.organisation;

import fi.tarjotin.common.SqlParameters;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import io.micronaut.data.annotation.sql.ColumnTransformer;

import java.time.Instant;
import java.util.UUID;

/** An association or other employer that offers opportunities; its municipalities live in a join table. */
@MappedEntity("organisation")
record Organisation(
        @Id UUID id,
        @Version Long version,
        String name,
        String nameSearch,
        String nameSort,
        String kind,
        // Compared in the generated finders: a VARCHAR parameter (SqlParameters), so SQL Server seeks.
        @Nullable @ColumnTransformer(write = SqlParameters.VARCHAR) String businessId,
        @Nullable String associationRegisterNumber,
        @Nullable String descriptionFi,
        @Nullable String descriptionSv,
        @Nullable String descriptionEn,
        @Nullable String contactEmail,
        @Nullable String contactPhone,
        @Nullable String website,
        @Nullable String streetAddress,
        @Nullable String postalCode,
        @Nullable String postOffice,
        Instant createdAt,
        Instant updatedAt) {
}
