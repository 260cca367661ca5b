package fi.tarjotin.privacy;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;

/**
 * Everything Tarjotin holds about one person (GDPR Art. 15), found by the e-mail address and/or the
 * Entra identity (tenant id + object id) the administrator gave, and by the addresses and identities
 * that those lead to ({@code emails}, {@code identities}).
 */
@Serdeable
public record PersonalData(@Nullable String email, List<Membership> memberships, List<Coordination> coordinations,
                           List<ListingContact> listingContacts, List<OrganisationContact> organisationContacts,
                           List<String> emails, List<Identity> identities, List<Invitation> invitations,
                           List<OnboardingCoordinator> onboardingCoordinators, List<Subscription> subscriptions,
                           List<AuditAction> auditActions) {

    /** An Entra identity of the person. */
    @Serdeable
    public record Identity(String tenantId, String objectId) {
    }

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

    /** An invitation of the person to edit an organisation's listings. */
    @Serdeable
    public record Invitation(String invitationId, String organisationId, String email, String displayName,
                             String status) {
    }

    /** The person named as a coordinator in a municipality's onboarding. */
    @Serdeable
    public record OnboardingCoordinator(String municipalityCode, int number, String email, String displayName) {
    }

    /** A webhook subscription the person created. */
    @Serdeable
    public record Subscription(String subscriptionId, String event, @Nullable String ownerName) {
    }

    /** A change the person made, as the audit trail records it. */
    @Serdeable
    public record AuditAction(String entityType, String entityId, String action, Instant occurredAt,
                              @Nullable String actorName) {
    }

    /** What an erasure removed: the number of rows of each kind it changed or deleted. */
    @Serdeable
    public record Erasure(int memberships, int coordinations, int listingContacts, int organisationContacts,
                          int auditNames, int invitations, int onboardingCoordinators, int subscriptions) {
    }
}
