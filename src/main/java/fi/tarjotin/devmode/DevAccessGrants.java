package fi.tarjotin.devmode;

import fi.tarjotin.municipality.Municipalities;
import fi.tarjotin.municipality.MunicipalityFacts;
import fi.tarjotin.organisation.Memberships;
import fi.tarjotin.transaction.RetryOnContention;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.env.Environment;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Gives the dev people the scope their role needs, through the same owners the admin API goes through: an
 * editor becomes a member of an organisation, a coordinator is assigned a municipality. Only adds what is missing.
 */
@Singleton
@Requires(env = Environment.DEVELOPMENT)
class DevAccessGrants {

    /** Nurmeksen Työttömät ry, the first organisation of the sample data (db/dev/R__sample_catalogue.sql). */
    static final UUID DEFAULT_ORGANISATION = UUID.fromString("3b1d6c52-8f0a-4c1e-9a57-1e2f3a4b5c01");
    /** Joensuu. */
    static final String DEFAULT_MUNICIPALITY = "167";

    private final Memberships memberships;
    private final Municipalities municipalities;
    private final MunicipalityFacts municipalityFacts;
    private final Clock clock;

    DevAccessGrants(Memberships memberships, Municipalities municipalities, MunicipalityFacts municipalityFacts,
                    Clock clock) {
        this.memberships = memberships;
        this.municipalities = municipalities;
        this.municipalityFacts = municipalityFacts;
        this.clock = clock;
    }

    /** An organisation to sign an editor in for when none was named: the first sample one, else any. */
    Optional<UUID> defaultOrganisation() {
        if (organisationExists(DEFAULT_ORGANISATION)) {
            return Optional.of(DEFAULT_ORGANISATION);
        }
        return sampleOrganisations().stream().findFirst().map(o -> UUID.fromString(o.id()));
    }

    boolean organisationExists(UUID id) {
        return memberships.organisationExists(id);
    }

    boolean municipalityExists(String code) {
        return municipalities.exists(code);
    }

    @RetryOnContention
    @Transactional
    void ensureMember(UUID organisationId, UUID tenantId, DevRole person, String displayName) {
        memberships.addEditor(organisationId, tenantId, person.oid(), displayName, person.username(), clock.instant());
    }

    @RetryOnContention
    @Transactional
    void ensureCoordinator(String municipalityCode, UUID tenantId, DevRole person, String displayName) {
        municipalityFacts.addCoordinator(municipalityCode, tenantId, person.oid(), displayName, person.username(),
                clock.instant());
    }

    /** The organisations in the database with their municipalities, by name, for the help page. */
    List<SampleOrganisation> sampleOrganisations() {
        return memberships.outlines().stream()
                .map(o -> new SampleOrganisation(o.id().toString(), o.name(), o.municipalityCodes())).toList();
    }

    /** An organisation as the help page lists it. */
    record SampleOrganisation(String id, String name, List<String> municipalityCodes) {
    }
}
