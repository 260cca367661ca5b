package fi.tarjotin.municipality;

import fi.tarjotin.access.MunicipalityDirectory;
import fi.tarjotin.common.Guids;
import fi.tarjotin.common.LocalisedText;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/** The municipalities as access sees them: the tenants that may sign in and the names shown to a caller. */
@Singleton
class AccessMunicipalityDirectory implements MunicipalityDirectory {

    private final Municipalities municipalities;
    private final JdbcOperations jdbc;

    AccessMunicipalityDirectory(Municipalities municipalities, JdbcOperations jdbc) {
        this.municipalities = municipalities;
        this.jdbc = jdbc;
    }

    @Override
    public Set<String> signInTenants() {
        return Set.copyOf(jdbc.execute(connection -> {
            Set<String> tenants = new HashSet<>();
            try (var statement = connection.prepareStatement(
                    "SELECT DISTINCT entra_tenant_id FROM municipality WHERE entra_tenant_id IS NOT NULL AND active = 1");
                 var rows = statement.executeQuery()) {
                while (rows.next()) {
                    tenants.add(Guids.get(rows, 1).toString());
                }
            }
            return tenants;
        }));
    }

    @Override
    public Optional<LocalisedText> nameOf(String code) {
        return municipalities.find(code).map(m -> LocalisedText.of(m.nameFi(), m.nameSv(), m.nameEn()));
    }
}
