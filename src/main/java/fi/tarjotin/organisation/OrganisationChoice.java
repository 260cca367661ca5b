package fi.tarjotin.organisation;

import io.micronaut.serde.annotation.Serdeable;

import java.util.UUID;

/** An organisation as a dropdown offers it: its id, its name and its kind. */
@Serdeable
record OrganisationChoice(UUID id, String name, String kind) {
}
