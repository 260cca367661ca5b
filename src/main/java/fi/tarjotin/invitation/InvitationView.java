package fi.tarjotin.invitation;

import fi.tarjotin.directory.StepView;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An invitation: PENDING while its directory steps run, INVITED once the person is in the directory and
 * in the editors' group, ACCEPTED when they have signed in and become a member, FAILED if a step gave up.
 */
@Serdeable
record InvitationView(UUID id, UUID organisationId, String email, String displayName, String status,
                      Instant createdAt, @Nullable Instant acceptedAt, List<StepView> steps) {
}
