package fi.tarjotin.privacy;

/** The number of rows of each kind an erasure changed or deleted, counted by each {@link PersonalDataHolder}. */
public final class PersonalDataErasures {

    /** What an erased name becomes where a name is required (audit actors, members, coordinators). */
    public static final String ERASED_NAME = "[erased]";

    private int memberships;
    private int coordinations;
    private int listingContacts;
    private int organisationContacts;
    private int auditNames;
    private int invitations;
    private int onboardingCoordinators;
    private int subscriptions;

    PersonalDataErasures() {
    }

    public void memberships(int erased) {
        memberships += erased;
    }

    public void coordinations(int erased) {
        coordinations += erased;
    }

    public void listingContacts(int erased) {
        listingContacts += erased;
    }

    public void organisationContacts(int erased) {
        organisationContacts += erased;
    }

    public void invitations(int erased) {
        invitations += erased;
    }

    public void onboardingCoordinators(int erased) {
        onboardingCoordinators += erased;
    }

    public void subscriptions(int erased) {
        subscriptions += erased;
    }

    void auditNames(int erased) {
        auditNames += erased;
    }

    PersonalData.Erasure build() {
        return new PersonalData.Erasure(memberships, coordinations, listingContacts, organisationContacts, auditNames,
                invitations, onboardingCoordinators, subscriptions);
    }
}
