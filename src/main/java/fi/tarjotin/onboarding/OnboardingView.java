package fi.tarjotin.onboarding;

import fi.tarjotin.directory.StepView;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Where a municipality's onboarding stands: what was agreed and the state of each directory step. */
@Serdeable
record OnboardingView(String municipalityCode, String status, Agreement agreement, List<String> websiteOrigins,
                      @Nullable UUID entraTenantId, List<Coordinator> coordinators, List<StepView> steps) {

    /** The participation agreement. */
    @Serdeable
    record Agreement(LocalDate startDate, LocalDate endDate, @Nullable Integer coachingTargetPerYear) {
    }

    /**
     * A coordinator named in the onboarding; {@code number} is the one in their steps' names. The address
     * is absent once the person's data has been erased.
     */
    @Serdeable
    record Coordinator(int number, @Nullable String email, String displayName) {
    }
}
