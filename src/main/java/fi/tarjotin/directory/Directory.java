package fi.tarjotin.directory;

import io.micronaut.core.annotation.Nullable;

import java.util.List;
import java.util.Optional;

/**
 * The organisation's Entra directory as the onboarding and invitation steps need it. Every operation is
 * idempotent: repeating it after a crash or a retry finds what the first attempt made instead of making
 * a second one. Failures are {@link DirectoryException}s that say whether a retry may help.
 */
public interface Directory {

    /** Whether the directory can be reached at all; when not, directory steps wait for a person. */
    boolean configured();

    /** The object id of the user (member or guest) with this e-mail address, if there is one. */
    Optional<String> findUserByEmail(String email);

    /** Invites a B2B guest with a Finnish invitation e-mail; the object id of the (new or existing) guest. */
    String inviteGuest(String email, String displayName);

    /**
     * Every group with this mail nickname, whoever made it: a name is no proof of ownership, so only
     * {@link OwnedGroups} calls this, to tell the service's own group from look-alikes.
     */
    List<Group> findGroups(String mailNickname);

    /** Creates a security group (not mail-enabled) and returns its object id. */
    String createSecurityGroup(String mailNickname, String displayName, String description);

    /** Makes the user a member of the group; one who already is stays so. */
    void addMember(String groupId, String userId);

    /** Gives the group's members an app role of Tarjotin's API; an existing assignment is kept. */
    void assignAppRole(String groupId, AppRole role);

    /** A group as a look-up by name finds it. */
    record Group(String id, @Nullable String description) {
    }

    /** The app roles that directory steps hand out through groups. */
    enum AppRole {
        COORDINATOR, EDITOR
    }
}
