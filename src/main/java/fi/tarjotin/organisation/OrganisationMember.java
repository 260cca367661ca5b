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

    /** A new editor: the only kind of member there is, whichever way they joined. */
    static OrganisationMember editor(UUID organisationId, UUID tenantId, UUID oid, String displayName,
                                     @Nullable String email, Instant createdAt) {
        return new OrganisationMember(UUID.randomUUID(), organisationId, tenantId, oid, displayName, email, EDITOR,
                createdAt);
    }
}
