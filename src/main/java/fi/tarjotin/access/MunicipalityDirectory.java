package fi.tarjotin.access;

import fi.tarjotin.common.LocalisedText;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * What sign-in and "who am I" need to know about municipalities. Declared here and implemented by the
 * municipality feature, which owns the municipalities, so that access depends on no feature above it.
 */
public interface MunicipalityDirectory {

    /** The Entra tenants of active municipalities, whose staff may sign in. Reads the database on every call. */
    Set<String> signInTenants();

    /** The name of the municipality with this code, if it is known. */
    Optional<LocalisedText> nameOf(String code);

    /** The municipalities this person (Entra tenant + object id) is assigned to as coordinator. */
    Set<String> coordinatedBy(UUID tenantId, UUID oid);
}
