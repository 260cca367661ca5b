package fi.tarjotin.municipality;

/**
 * Published after a municipality's sign-in changed (its Entra tenant set, or the municipality deactivated or
 * activated again), so that the tenants allowed to sign in follow at once on this instance.
 */
public record MunicipalitySignInChanged(String code) {
}
