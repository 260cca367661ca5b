package fi.tarjotin.organisation;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.util.Optional;
import java.util.UUID;

/** Finds the organisation an imported catalogue row names, so that a row reuses it instead of creating another. */
@Singleton
public class ImportedOrganisations {

    private final OrganisationMatchStore store;

    ImportedOrganisations(OrganisationMatchStore store) {
        this.store = store;
    }

    /**
     * The organisation with this business id where one is given, else the one of this name (compared as
     * search text) among the organisations working in the municipality.
     */
    public Optional<UUID> existing(String municipalityCode, @Nullable String businessId, String name) {
        return businessId != null ? store.byBusinessId(businessId) : store.byNameIn(municipalityCode, name);
    }
}
