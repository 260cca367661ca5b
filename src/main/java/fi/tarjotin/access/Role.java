package fi.tarjotin.access;

import java.util.Arrays;
import java.util.Optional;

/** The app roles of the API's app registration, as they appear in the token's {@code roles} claim. */
public enum Role {
    ADMIN("Tarjotin.Admin"),
    COORDINATOR("Tarjotin.Coordinator"),
    EDITOR("Tarjotin.Editor");

    private final String claimValue;

    Role(String claimValue) {
        this.claimValue = claimValue;
    }

    public String claimValue() {
        return claimValue;
    }

    static Optional<Role> fromClaim(String value) {
        return Arrays.stream(values()).filter(r -> r.claimValue.equals(value)).findFirst();
    }
}
