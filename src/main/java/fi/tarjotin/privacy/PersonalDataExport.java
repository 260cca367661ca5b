package fi.tarjotin.privacy;

import io.micronaut.core.annotation.Nullable;

import java.util.List;

/** What the features hold about one person, filled in by each {@link PersonalDataHolder} for its own rows. */
public final class PersonalDataExport {

    private List<PersonalData.Membership> memberships = List.of();
    private List<PersonalData.Coordination> coordinations = List.of();
    private List<PersonalData.ListingContact> listingContacts = List.of();
    private List<PersonalData.OrganisationContact> organisationContacts = List.of();
    private List<PersonalData.Invitation> invitations = List.of();
    private List<PersonalData.OnboardingCoordinator> onboardingCoordinators = List.of();
    private List<PersonalData.Subscription> subscriptions = List.of();
    private List<PersonalData.AuditAction> auditActions = List.of();

    PersonalDataExport() {
    }

    public void memberships(List<PersonalData.Membership> found) {
        memberships = List.copyOf(found);
    }

    public void coordinations(List<PersonalData.Coordination> found) {
        coordinations = List.copyOf(found);
    }

    public void listingContacts(List<PersonalData.ListingContact> found) {
        listingContacts = List.copyOf(found);
    }

    public void organisationContacts(List<PersonalData.OrganisationContact> found) {
        organisationContacts = List.copyOf(found);
    }

    public void invitations(List<PersonalData.Invitation> found) {
        invitations = List.copyOf(found);
    }

    public void onboardingCoordinators(List<PersonalData.OnboardingCoordinator> found) {
        onboardingCoordinators = List.copyOf(found);
    }

    public void subscriptions(List<PersonalData.Subscription> found) {
        subscriptions = List.copyOf(found);
    }

    void auditActions(List<PersonalData.AuditAction> found) {
        auditActions = List.copyOf(found);
    }

    PersonalData build(@Nullable String email, PersonMatch person) {
        return new PersonalData(email, memberships, coordinations, listingContacts, organisationContacts,
                person.emails().stream().sorted().toList(),
                person.identities().stream().map(i -> new PersonalData.Identity(i.tenantId().toString(),
                        i.oid().toString())).toList(),
                invitations, onboardingCoordinators, subscriptions, auditActions);
    }
}
