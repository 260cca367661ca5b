package fi.tarjotin.onboarding;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * What an administrator tells about a joining municipality: its participation agreement, the web sites
 * that may embed its listings, optionally the Entra tenant its staff sign in from, and its coordinators.
 * Dates arrive as text so that a malformed one is reported at its field.
 */
@Serdeable
record OnboardingRequest(@Nullable String startDate, @Nullable String endDate,
                         @Nullable Integer coachingTargetPerYear, @Nullable List<String> websiteOrigins,
                         @Nullable String entraTenantId, @Nullable List<Person> coordinators) {

    /** A coordinator to invite, by e-mail address (never a key: the directory's object id is). */
    @Serdeable
    record Person(@Nullable String email, @Nullable String displayName) {
    }
}
