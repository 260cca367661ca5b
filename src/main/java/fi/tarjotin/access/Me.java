package fi.tarjotin.access;

import fi.tarjotin.common.LocalisedText;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.UUID;

/** Who the caller is and what they may do, so that the app can show or hide its actions. */
@Serdeable
public record Me(UUID oid, UUID tenantId, @Nullable String name, @Nullable String username, List<String> roles,
                 boolean appOnly, List<OrganisationRef> organisations, List<MunicipalityRef> municipalities,
                 Permissions permissions) {

    /** An organisation the caller edits for. */
    @Serdeable
    public record OrganisationRef(UUID id, String name) {
    }

    /** A municipality the caller coordinates. */
    @Serdeable
    public record MunicipalityRef(String code, LocalisedText name) {
    }

    /** What the caller's roles and database scope together allow. */
    @Serdeable
    public record Permissions(boolean canReadPublished, boolean canCreateOpportunities,
                              boolean canCurateMunicipalities, boolean canManageOrganisations,
                              boolean canManageMembers, boolean canAdminister) {
    }
}
