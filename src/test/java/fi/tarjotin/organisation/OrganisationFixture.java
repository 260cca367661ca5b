package fi.tarjotin.organisation;

import fi.tarjotin.support.Api;
import fi.tarjotin.support.ApiResponse;
import fi.tarjotin.support.Person;
import fi.tarjotin.support.TestTokens;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Realistic organisations, people and their places for tests, created through the API as an admin would.
 */
public final class OrganisationFixture {

    public static final Person ADMIN = Person.named("Anna Ylläpitäjä");
    private static final Pattern JSON_NULL = Pattern.compile("\\bnull\\b");
    private static final AtomicInteger SEQUENCE = new AtomicInteger(1_000_000);

    private final Api api;

    public OrganisationFixture(Api api) {
        this.api = api;
    }

    public static String adminToken() {
        return TestTokens.v2().admin().as(ADMIN).sign();
    }

    /** A business id with a correct check digit, different on every call. */
    public static String aBusinessId() {
        while (true) {
            String digits = String.format("%07d", SEQUENCE.incrementAndGet());
            int check = BusinessId.checkDigit(digits);
            if (check >= 0) {
                return digits + "-" + check;
            }
        }
    }

    /** An association offering work in the given municipalities, with a unique business id. */
    public static String anAssociation(String name, String... municipalityCodes) {
        return """
                {"name":"%s","kind":"ASSOCIATION","businessId":"%s","associationRegisterNumber":"123.456",
                 "municipalityCodes":[%s],
                 "description":{"fi":"Työkokeiluja ja vapaaehtoistyötä","sv":"Arbetsprövning"},
                 "contact":{"email":"toimisto@yhdistys.fi","phone":"+358 40 123 4567"},
                 "website":"https://yhdistys.fi",
                 "address":{"street":"Kauppakatu 1","postalCode":"80100","postOffice":"Joensuu"}}"""
                .formatted(name, aBusinessId(), quoted(municipalityCodes));
    }

    /** The smallest organisation the API accepts. */
    public static String aMinimalOrganisation(String name, String... municipalityCodes) {
        return """
                {"name":"%s","kind":"OTHER","municipalityCodes":[%s]}""".formatted(name, quoted(municipalityCodes));
    }

    /** Creates an organisation as an admin and returns its id. */
    public String create(String body) {
        ApiResponse created = api.as(adminToken()).post("/api/v1/organisations", body);
        assertEquals(201, created.status(), created.body());
        return created.text("id");
    }

    public String anAssociationIn(String name, String... municipalityCodes) {
        return create(anAssociation(name, municipalityCodes));
    }

    /** Makes the person an editor of the organisation, as an admin. */
    public void addMember(String organisationId, Person person) {
        ApiResponse added = api.as(adminToken())
                .post("/api/v1/organisations/" + organisationId + "/members", person.asMemberJson());
        assertEquals(201, added.status(), added.body());
    }

    /** Makes the person a coordinator of the municipality, as an admin. */
    public String addCoordinator(String municipalityCode, Person person) {
        ApiResponse added = api.as(adminToken())
                .post("/api/v1/municipalities/" + municipalityCode + "/coordinators", person.asMemberJson());
        assertEquals(201, added.status(), added.body());
        return added.text("id");
    }

    /** No response leaks nulls or internals: no null values, exception or class names, SQL. */
    public static ApiResponse clean(ApiResponse response) {
        String body = response.body() == null ? "" : response.body();
        // a JSON null stands alone; "Sinulla" in a Finnish message is no null
        assertFalse(JSON_NULL.matcher(body).find(), () -> "response contains null: " + body);
        for (String leak : new String[] {"Exception", "java.", "SELECT"}) {
            assertFalse(body.contains(leak), () -> "response contains " + leak + ": " + body);
        }
        return response;
    }

    private static String quoted(String... values) {
        return Arrays.stream(values).map(v -> "\"" + v + "\"").collect(Collectors.joining(","));
    }
}
