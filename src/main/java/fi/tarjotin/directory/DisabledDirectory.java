package fi.tarjotin.directory;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Optional;

/**
 * The directory where Microsoft Graph is not configured (the local default): nothing is done, and the
 * steps that need the directory stay pending until an administrator does the work and marks them done.
 */
@Singleton
@Requires(property = "tarjotin.graph.enabled", notEquals = "true")
class DisabledDirectory implements Directory {

    @Override
    public boolean configured() {
        return false;
    }

    @Override
    public Optional<String> findUserByEmail(String email) {
        throw DirectoryException.notConfigured();
    }

    @Override
    public String inviteGuest(String email, String displayName) {
        throw DirectoryException.notConfigured();
    }

    @Override
    public List<Group> findGroups(String mailNickname) {
        throw DirectoryException.notConfigured();
    }

    @Override
    public String createSecurityGroup(String mailNickname, String displayName, String description) {
        throw DirectoryException.notConfigured();
    }

    @Override
    public void addMember(String groupId, String userId) {
        throw DirectoryException.notConfigured();
    }

    @Override
    public void assignAppRole(String groupId, AppRole role) {
        throw DirectoryException.notConfigured();
    }
}
