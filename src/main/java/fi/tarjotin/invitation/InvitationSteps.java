package fi.tarjotin.invitation;

import fi.tarjotin.access.EntraProperties;
import fi.tarjotin.directory.Directory;
import fi.tarjotin.directory.DirectoryException;
import fi.tarjotin.directory.DirectoryStep;
import fi.tarjotin.directory.OwnedGroups;
import fi.tarjotin.directory.StepHandler;
import fi.tarjotin.directory.StepPlan;
import fi.tarjotin.error.ErrorCode;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The directory steps of an editor's invitation: the editors' group with the Editor app role (created
 * once, reused by every invitation), the person invited as a B2B guest unless they are in the tenant, and
 * their membership of the group. The invitation remembers the person's object id for their first sign-in.
 */
@Singleton
class InvitationSteps implements StepHandler {

    static final String SUBJECT = "INVITATION";
    static final String EDITOR_GROUP = "EDITOR_GROUP";
    static final String ASSIGN_APP_ROLE = "ASSIGN_EDITOR_APP_ROLE";
    static final String INVITE_USER = "INVITE_USER";
    static final String ADD_TO_GROUP = "ADD_TO_GROUP";
    static final String GROUP_NICKNAME = "tarjotin-editors";

    static final List<StepPlan> PLAN = List.of(
            new StepPlan(EDITOR_GROUP, EDITOR_GROUP, 1, null, true),
            new StepPlan(INVITE_USER, INVITE_USER, 1, null, true),
            new StepPlan(ASSIGN_APP_ROLE, ASSIGN_APP_ROLE, 2, null, true),
            new StepPlan(ADD_TO_GROUP, ADD_TO_GROUP, 2, null, true));

    private final Directory directory;
    private final OwnedGroups groups;
    private final InvitationStore store;
    private final EntraProperties entra;
    private final OpenInvitees invitees;

    InvitationSteps(Directory directory, OwnedGroups groups, InvitationStore store, EntraProperties entra,
                    OpenInvitees invitees) {
        this.directory = directory;
        this.groups = groups;
        this.store = store;
        this.entra = entra;
        this.invitees = invitees;
    }

    @Override
    public String subjectType() {
        return SUBJECT;
    }

    @Override
    public @Nullable String perform(DirectoryStep step, Map<String, String> results) {
        return switch (step.kind()) {
            case EDITOR_GROUP -> groups.ensure(GROUP_NICKNAME, "Tarjotin järjestöjen ylläpitäjät",
                    "Tarjottimen järjestöjen ilmoitusten ylläpitäjät (Tarjotin.Editor)");
            case ASSIGN_APP_ROLE -> {
                directory.assignAppRole(required(results, EDITOR_GROUP), Directory.AppRole.EDITOR);
                yield null;
            }
            case INVITE_USER -> {
                Invitation invitation = invitation(step);
                yield directory.findUserByEmail(invitation.email())
                        .orElseGet(() -> directory.inviteGuest(invitation.email(), invitation.displayName()));
            }
            case ADD_TO_GROUP -> {
                directory.addMember(required(results, EDITOR_GROUP), required(results, INVITE_USER));
                yield null;
            }
            default -> throw DirectoryException.permanent(ErrorCode.STEP_UNKNOWN);
        };
    }

    /** The invited person's object id is what their first sign-in is matched by (never the e-mail address). */
    @Override
    public void completed(DirectoryStep step, @Nullable String result, Map<String, String> results) {
        if (EDITOR_GROUP.equals(step.kind()) && result != null) {
            // Done by the worker this stores nothing new; done by hand, the administrator named the group.
            groups.adopt(GROUP_NICKNAME, result);
        }
        if (INVITE_USER.equals(step.kind()) && result != null) {
            // B2B guests sign in through the home tenant, with the object id the invitation gave them.
            store.identify(UUID.fromString(step.subjectId()), UUID.fromString(entra.getHomeTenantId()),
                    UUID.fromString(result));
            invitees.forget();
        }
    }

    private Invitation invitation(DirectoryStep step) {
        return store.find(UUID.fromString(step.subjectId()))
                .orElseThrow(() -> DirectoryException.permanent(ErrorCode.STEP_UNKNOWN));
    }

    private static String required(Map<String, String> results, String name) {
        String value = results.get(name);
        if (value == null) {
            throw DirectoryException.permanent(ErrorCode.STEP_RESULT_MISSING);
        }
        return value;
    }
}
