package fi.tarjotin.access;

/**
 * Published by the municipality feature after a municipality's sign-in changed (its Entra tenant set, or the
 * municipality deactivated or activated again), so that the tenants allowed to sign in follow at once on this
 * instance. Declared here, by the feature that listens, so that access depends on no feature above it.
 */
public record MunicipalitySignInChanged(String code) {
}
