package fi.tarjotin.directory;

import com.microsoft.graph.models.AppRoleAssignment;
import com.microsoft.graph.models.Invitation;
import com.microsoft.graph.models.InvitedUserMessageInfo;
import com.microsoft.graph.models.ReferenceCreate;
import com.microsoft.graph.models.odataerrors.ODataError;
import com.microsoft.graph.serviceclient.GraphServiceClient;
import com.microsoft.kiota.ApiException;
import fi.tarjotin.error.ErrorCode;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The directory through Microsoft Graph (SDK v6). Each operation looks before it writes, and treats
 * Graph's "already exists" answers as success, so that a retried step never makes a second object.
 */
@Singleton
@Requires(property = "tarjotin.graph.enabled", value = "true")
class GraphDirectory implements Directory {

    private static final Logger LOG = LoggerFactory.getLogger(GraphDirectory.class);

    static final String INVITATION_MESSAGE = "Tervetuloa Pohjois-Karjalan järjestökentän palvelutarjottimeen! "
            + "Sinut on kutsuttu ylläpitämään tarjottimen tietoja. Hyväksy kutsu, niin pääset kirjautumaan "
            + "sovellukseen omalla sähköpostiosoitteellasi.";

    private final GraphServiceClient graph;
    private final GraphProperties properties;

    GraphDirectory(GraphServiceClient graph, GraphProperties properties) {
        this.graph = graph;
        this.properties = properties;
    }

    @Override
    public boolean configured() {
        return true;
    }

    @Override
    public Optional<String> findUserByEmail(String email) {
        var users = call(() -> graph.users().get(request -> {
            request.queryParameters.filter = "mail eq '" + quoted(email) + "'";
            request.queryParameters.select = new String[]{"id"};
            request.queryParameters.top = 1;
        }));
        return users == null || users.getValue() == null ? Optional.empty()
                : users.getValue().stream().map(u -> u.getId()).findFirst();
    }

    @Override
    public String inviteGuest(String email, String displayName) {
        Invitation invitation = new Invitation();
        invitation.setInvitedUserEmailAddress(email);
        invitation.setInvitedUserDisplayName(displayName);
        invitation.setInviteRedirectUrl(properties.getInviteRedirectUrl());
        invitation.setSendInvitationMessage(true);
        InvitedUserMessageInfo message = new InvitedUserMessageInfo();
        message.setMessageLanguage("fi-FI");
        message.setCustomizedMessageBody(INVITATION_MESSAGE);
        invitation.setInvitedUserMessageInfo(message);
        Invitation sent = call(() -> graph.invitations().post(invitation));
        if (sent == null || sent.getInvitedUser() == null || sent.getInvitedUser().getId() == null) {
            throw DirectoryException.permanent(ErrorCode.DIRECTORY_UNEXPECTED_RESPONSE);
        }
        return sent.getInvitedUser().getId();
    }

    @Override
    public List<Group> findGroups(String mailNickname) {
        var found = call(() -> graph.groups().get(request -> {
            request.queryParameters.filter = "mailNickname eq '" + quoted(mailNickname) + "'";
            request.queryParameters.select = new String[]{"id", "description"};
        }));
        return found == null || found.getValue() == null ? List.of()
                : found.getValue().stream().map(g -> new Group(g.getId(), g.getDescription())).toList();
    }

    @Override
    public String createSecurityGroup(String mailNickname, String displayName, String description) {
        // Graph's Group, not Directory.Group: the inherited member type would shadow an import.
        var group = new com.microsoft.graph.models.Group();
        group.setDisplayName(displayName);
        group.setDescription(description);
        group.setMailNickname(mailNickname);
        group.setMailEnabled(false);
        group.setSecurityEnabled(true);
        group.setGroupTypes(List.of());
        var created = call(() -> graph.groups().post(group));
        if (created == null || created.getId() == null) {
            throw DirectoryException.permanent(ErrorCode.DIRECTORY_UNEXPECTED_RESPONSE);
        }
        return created.getId();
    }

    @Override
    public void addMember(String groupId, String userId) {
        ReferenceCreate reference = new ReferenceCreate();
        reference.setOdataId(properties.getBaseUrl() + "/directoryObjects/" + userId);
        try {
            call(() -> {
                graph.groups().byGroupId(groupId).members().ref().post(reference);
                return null;
            });
        } catch (AlreadyExists memberAlready) {
            LOG.debug("Directory user was already a member of the group");
        }
    }

    @Override
    public void assignAppRole(String groupId, AppRole role) {
        UUID resource = UUID.fromString(properties.getServicePrincipalId());
        UUID appRole = UUID.fromString(role == AppRole.COORDINATOR ? properties.getCoordinatorAppRoleId()
                : properties.getEditorAppRoleId());
        var existing = call(() -> graph.groups().byGroupId(groupId).appRoleAssignments().get());
        if (existing != null && existing.getValue() != null && existing.getValue().stream()
                .anyMatch(a -> resource.equals(a.getResourceId()) && appRole.equals(a.getAppRoleId()))) {
            return;
        }
        AppRoleAssignment assignment = new AppRoleAssignment();
        assignment.setPrincipalId(UUID.fromString(groupId));
        assignment.setResourceId(resource);
        assignment.setAppRoleId(appRole);
        try {
            call(() -> graph.groups().byGroupId(groupId).appRoleAssignments().post(assignment));
        } catch (AlreadyExists assignedMeanwhile) {
            LOG.debug("App role was already assigned to the group");
        }
    }

    /** OData string literals double their single quotes. */
    private static String quoted(String value) {
        return value.replace("'", "''");
    }

    /** Runs a Graph call and turns its failures into what the steps act on. */
    private static <T> T call(Supplier<T> request) {
        try {
            return request.get();
        } catch (ApiException e) {
            throw GraphFailures.translate(e, errorMessage(e));
        } catch (RuntimeException unreachable) {
            // Connection failures and timeouts: the type only, the message may carry request details.
            LOG.warn("Microsoft Graph could not be reached: {}", unreachable.getClass().getSimpleName());
            throw new DirectoryException(ErrorCode.DIRECTORY_UNAVAILABLE, true, null);
        }
    }

    private static String errorMessage(ApiException e) {
        if (e instanceof ODataError odata && odata.getError() != null && odata.getError().getMessage() != null) {
            return odata.getError().getMessage();
        }
        return "";
    }

    /** Graph said the reference or assignment exists already: for these operations, the goal is reached. */
    static final class AlreadyExists extends DirectoryException {
        AlreadyExists() {
            super(ErrorCode.DIRECTORY_ALREADY_EXISTS, false, null);
        }
    }
}
