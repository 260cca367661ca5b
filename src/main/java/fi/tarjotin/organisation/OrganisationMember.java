package fi.tarjotin.organisation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** A person (Entra tenant + object id) who edits an organisation's listings. */
@MappedEntity("organisation_member")
record OrganisationMember(
        @Id UUID id,
        UUID organisationId,
        UUID tenantId,
        UUID oid,
        String displayName,
        @Nullable String email,
        String role,
        Instant createdAt) {

    static final String EDITOR = "EDITOR";
}
