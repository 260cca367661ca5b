package fi.tarjotin.organisation;

import java.util.Arrays;
import java.util.Optional;

/** What sort of body an organisation is; the same set as the database's check constraint. */
enum OrganisationKind {
    ASSOCIATION, FOUNDATION, SOCIAL_ENTERPRISE, MUNICIPAL_UNIT, COMPANY, PARISH, OTHER;

    static Optional<OrganisationKind> parse(String text) {
        return Arrays.stream(values()).filter(k -> k.name().equals(text)).findFirst();
    }
}
