package fi.tarjotin.support;

import org.junit.jupiter.params.provider.Arguments;

import java.util.ArrayList;
import java.util.List;

/**
 * The kinds of caller every write is tried with, each with a v1 and a v2 token: the rows of an access
 * matrix test. A test names its actions; {@link #cases} crosses them with the callers and token versions.
 */
public final class AccessMatrix {

    /** Who calls. "Own" means the organisation or municipality the record belongs to. */
    public enum Actor { READER, OWN_EDITOR, OTHER_EDITOR, OWN_COORDINATOR, OTHER_COORDINATOR, ADMIN, APP_ONLY }

    private AccessMatrix() {
    }

    /** Every action × every actor × {v1, v2}. */
    public static List<Arguments> cases(Enum<?>[] actions) {
        List<Arguments> cases = new ArrayList<>();
        for (Enum<?> action : actions) {
            for (Actor actor : Actor.values()) {
                cases.add(Arguments.of(action, actor, "v1"));
                cases.add(Arguments.of(action, actor, "v2"));
            }
        }
        return cases;
    }

    /** The people behind the actors, whose memberships and assignments the test has set up. */
    public record People(Person reader, Person ownEditor, Person otherEditor, Person ownCoordinator,
                         Person otherCoordinator, Person admin) {

        public String tokenOf(Actor actor, String version) {
            TestTokens token = version.equals("v1") ? TestTokens.v1() : TestTokens.v2();
            return switch (actor) {
                case READER -> token.as(reader).sign();
                case OWN_EDITOR -> token.editor().as(ownEditor).sign();
                case OTHER_EDITOR -> token.editor().as(otherEditor).sign();
                case OWN_COORDINATOR -> token.coordinator().as(ownCoordinator).sign();
                case OTHER_COORDINATOR -> token.coordinator().as(otherCoordinator).sign();
                case ADMIN -> token.admin().as(admin).sign();
                case APP_ONLY -> token.admin().appOnly().sign();
            };
        }
    }
}
