package fi.tarjotin.privacy;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** Everything Tarjotin holds about one person, found by their e-mail address (GDPR Art. 15). */
@Serdeable
public record PersonalData(String email, List<Membership> memberships, List<Coordination> coordinations,
                           List<ListingContact> listingContacts, List<OrganisationContact> organisationContacts) {

    /** Membership of an organisation as an editor. */
    @Serdeable
    public record Membership(String organisationId, String organisationName, String displayName, String oid,
                             String tenantId) {
    }

    /** Coordination of a municipality. */
    @Serdeable
    public record Coordination(String municipalityCode, String displayName, String oid, String tenantId) {
    }

    /** A listing naming the person as its contact. */
    @Serdeable
    public record ListingContact(String opportunityId, String title, @Nullable String role, @Nullable String name,
                                 @Nullable String phone) {
    }

    /** An organisation whose contact e-mail is the person's. */
    @Serdeable
    public record OrganisationContact(String organisationId, String organisationName, @Nullable String phone) {
    }

    /** What an erasure removed. */
    @Serdeable
    public record Erasure(int memberships, int coordinations, int listingContacts, int organisationContacts,
                          int auditNames) {
    }
}
