package fi.tarjotin.municipality;

import fi.tarjotin.access.MunicipalityDirectory;
import fi.tarjotin.common.LocalisedText;
import jakarta.inject.Singleton;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** The municipalities as access sees them: the tenants that may sign in, the names shown, who coordinates what. */
@Singleton
class AccessMunicipalityDirectory implements MunicipalityDirectory {

    private final Municipalities municipalities;
    private final MunicipalityStore store;
    private final CoordinatorAssignmentRepository assignments;

    AccessMunicipalityDirectory(Municipalities municipalities, MunicipalityStore store,
                                CoordinatorAssignmentRepository assignments) {
        this.municipalities = municipalities;
        this.store = store;
        this.assignments = assignments;
    }

    @Override
    public Set<String> signInTenants() {
        return store.signInTenants();
    }

    @Override
    public Optional<LocalisedText> nameOf(String code) {
        return municipalities.find(code).map(m -> LocalisedText.of(m.nameFi(), m.nameSv(), m.nameEn()));
    }

    @Override
    public Set<String> coordinatedBy(UUID tenantId, UUID oid) {
        return assignments.findByTenantIdAndOid(tenantId, oid).stream().map(CoordinatorAssignment::municipalityCode)
                .collect(Collectors.toUnmodifiableSet());
    }
}
