package fi.tarjotin.directory;

import fi.tarjotin.error.ErrorCode;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * The security groups through which steps hand out app roles. A group is used only by the id the service
 * stored when it created the group (or an administrator gave by hand): anyone in the home tenant can
 * create a group with the same nickname, so a group found by name alone is never used, and a step that
 * meets one fails with {@link ErrorCode#DIRECTORY_GROUP_NOT_OWNED} instead.
 */
@Singleton
public class OwnedGroups {

    /** A group of that nickname exists that the service did not create; the step stops until a person acts. */
    public static final ErrorCode NOT_OWNED = ErrorCode.DIRECTORY_GROUP_NOT_OWNED;

    private final Directory directory;
    private final GroupStore store;
    private final Clock clock;

    OwnedGroups(Directory directory, GroupStore store, Clock clock) {
        this.directory = directory;
        this.store = store;
        this.clock = clock;
    }

    /**
     * The id of the service's group of this nickname: the stored one, or a new group. Safe to repeat: the
     * group is tagged before it is created, so after a lost answer the retry finds it instead of making
     * a second one.
     */
    public String ensure(String mailNickname, String displayName, String description) {
        GroupStore.Row row = store.find(mailNickname)
                .orElseGet(() -> store.claim(mailNickname, UUID.randomUUID().toString(), clock.instant()));
        if (row.groupId() != null) {
            return row.groupId();
        }
        String marker = marker(row.creationTag());
        List<Directory.Group> found = directory.findGroups(mailNickname);
        List<Directory.Group> tagged = found.stream()
                .filter(g -> g.description() != null && g.description().contains(marker)).toList();
        String id;
        if (tagged.size() == 1) {
            id = tagged.get(0).id();
        } else if (found.isEmpty()) {
            id = directory.createSecurityGroup(mailNickname, displayName, description + " " + marker);
        } else {
            throw DirectoryException.permanent(NOT_OWNED);
        }
        return store.record(mailNickname, id, clock.instant());
    }

    /** An administrator did the group's step by hand and named the group: it is the service's from now on. */
    public void adopt(String mailNickname, String groupId) {
        store.replace(mailNickname, UUID.fromString(groupId).toString(), clock.instant());
    }

    private static String marker(String tag) {
        return "[tarjotin:" + tag + "]";
    }
}
