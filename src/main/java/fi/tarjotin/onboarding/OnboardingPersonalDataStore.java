package fi.tarjotin.onboarding;

import fi.tarjotin.access.Caller;
import fi.tarjotin.common.SqlRows;
import fi.tarjotin.privacy.PersonMatch;
import fi.tarjotin.privacy.PersonMatch.Condition;
import fi.tarjotin.privacy.PersonalData;
import fi.tarjotin.privacy.PersonalDataErasures;
import fi.tarjotin.privacy.PersonalDataExport;
import fi.tarjotin.privacy.PersonalDataHolder;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;

/**
 * A person named as a coordinator in a municipality's onboarding. Coordinators are numbered and their steps
 * named by number, so on erasure the row stays (a new coordinator must not take the number) with its key made
 * unique by that number.
 */
@Singleton
class OnboardingPersonalDataStore implements PersonalDataHolder {

    private final JdbcOperations jdbc;

    OnboardingPersonalDataStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void export(PersonMatch person, PersonalDataExport into) {
        Condition where = person.where("email_key", null, null);
        into.onboardingCoordinators(jdbc.execute(c -> SqlRows.query(c, "SELECT municipality_code, seq, email, "
                + "display_name FROM onboarding_coordinator WHERE " + where.sql() + " ORDER BY municipality_code, seq",
                where.parameters(), r -> new PersonalData.OnboardingCoordinator(r.getString(1), r.getInt(2),
                        r.getString(3), r.getString(4)))));
    }

    @Override
    public void erase(PersonMatch person, Caller caller, PersonalDataErasures into) {
        Condition where = person.where("email_key", null, null);
        List<Object> parameters = new ArrayList<>(List.of(PersonalDataErasures.ERASED_NAME));
        parameters.addAll(where.parameters());
        into.onboardingCoordinators(jdbc.execute(c -> SqlRows.update(c, "UPDATE onboarding_coordinator SET email = '', "
                + "email_key = 'erased:' + CAST(seq AS VARCHAR(10)), display_name = ? WHERE " + where.sql(),
                parameters)));
    }
}
