package fi.tarjotin.organisation;

import fi.tarjotin.support.Api;
import fi.tarjotin.support.ApiResponse;
import fi.tarjotin.support.Person;
import fi.tarjotin.support.TestEnvironment;
import fi.tarjotin.support.TestTokens;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static fi.tarjotin.organisation.OrganisationFixture.aMinimalOrganisation;
import static fi.tarjotin.organisation.OrganisationFixture.adminToken;
import static fi.tarjotin.organisation.OrganisationFixture.clean;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The organisation dropdown of a listing offers exactly the organisations the caller may list for, all of them. */
@MicronautTest
class EditableOrganisationsTest extends TestEnvironment {

    private static final String EDITABLE = "/api/v1/organisations/editable";
    private static final Person COORDINATOR = Person.named("Kaija Koordinaattori");
    private static final Person EDITOR = Person.named("Ville Vapaaehtoinen");

    @Inject
    Api api;

    private final List<String> inNurmes = new ArrayList<>();
    private final List<String> elsewhere = new ArrayList<>();

    @BeforeAll
    void organisations() {
        OrganisationFixture fixture = new OrganisationFixture(api);
        IntStream.range(0, 60).forEach(i -> inNurmes.add(fixture.create(aMinimalOrganisation("Nurmeksen yhdistys " + i, "541"))));
        IntStream.range(0, 3).forEach(i -> elsewhere.add(fixture.create(aMinimalOrganisation("Kiteen yhdistys " + i, "260"))));
        fixture.addCoordinator("541", COORDINATOR);
        fixture.addMember(elsewhere.get(0), EDITOR);
        fixture.addMember(inNurmes.get(7), EDITOR);
    }

    private Set<String> editableFor(String token) {
        ApiResponse answer = clean(api.as(token).get(EDITABLE));
        assertEquals(200, answer.status(), answer.body());
        assertEquals(null, answer.json().get("nextLink"), "the dropdown reads one answer: no further page");
        return Set.copyOf(answer.ids());
    }

    @Test
    void aCoordinatorIsOfferedEveryOrganisationOfTheirMunicipalityBeyondTheFirstFifty() {
        String token = TestTokens.v2().as(COORDINATOR).coordinator().sign();

        assertEquals(Set.copyOf(inNurmes), editableFor(token));
    }

    @Test
    void anEditorIsOfferedOnlyTheOrganisationsTheyAreAMemberOf() {
        String token = TestTokens.v2().as(EDITOR).editor().sign();

        assertEquals(Set.of(elsewhere.get(0), inNurmes.get(7)), editableFor(token));
    }

    @Test
    void anAdminIsOfferedAllInFinnishNameOrderAndAReaderNone() {
        ApiResponse all = clean(api.as(adminToken()).get(EDITABLE));

        assertEquals(63, all.ids().size());
        List<String> names = all.items().stream().map(i -> i.get("name").getStringValue()).toList();
        assertEquals("Kiteen yhdistys 0", names.get(0));
        assertEquals(Set.of(), editableFor(TestTokens.v2().sign()));
        assertEquals(Set.of(), editableFor(TestTokens.v2().as(EDITOR).editor().appOnly().sign()));
    }

    @Test
    void theDropdownOfAListingsOrganisationIsTheEditableList() {
        Set<String> dropdowns = fi.tarjotin.support.ConnectorDefinition.load().swagger().path("paths")
                .path("/api/v1/opportunities").path("post").path("parameters").findValues("organisationId").stream()
                .map(p -> p.path("x-ms-dynamic-values").path("operationId").asText()).collect(Collectors.toSet());

        assertEquals(Set.of("ListEditableOrganisations"), dropdowns);
    }
}
