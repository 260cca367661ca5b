package fi.tarjotin.privacy;

import io.micronaut.core.annotation.Nullable;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Who a personal-data request is about: every e-mail address (lower case) and every Entra identity that
 * the request named or that the rows found by it lead to.
 */
public record PersonMatch(Set<String> emails, Set<Identity> identities) {

    /** A tenant id and object id: the key that memberships, subscriptions and audit rows carry. */
    public record Identity(UUID tenantId, UUID oid) {
    }

    /** A SQL condition with its parameters, in order. */
    public record Condition(String sql, List<Object> parameters) {
    }

    /**
     * A condition true for the rows of this person: {@code emailColumn} (an expression already in lower
     * case, or null where the table has no address) is one of the addresses, or the tenant and object id
     * columns are one of the identities. Where neither applies it matches nothing.
     */
    public Condition where(@Nullable String emailColumn, @Nullable String tenantColumn, @Nullable String oidColumn) {
        List<String> terms = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        if (emailColumn != null && !emails.isEmpty()) {
            terms.add(emailColumn + " IN (" + String.join(", ", emails.stream().map(e -> "?").toList()) + ")");
            parameters.addAll(emails);
        }
        if (tenantColumn != null && oidColumn != null) {
            for (Identity identity : identities) {
                terms.add("(" + tenantColumn + " = ? AND " + oidColumn + " = ?)");
                parameters.add(identity.tenantId().toString());
                parameters.add(identity.oid().toString());
            }
        }
        return terms.isEmpty() ? new Condition("1 = 0", List.of())
                : new Condition("(" + String.join(" OR ", terms) + ")", parameters);
    }
}
