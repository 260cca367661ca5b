package fi.tarjotin.organisation;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Organisations as the public catalogue describes them to everyone: no members, no address, no version. */
@Singleton
public class OrganisationProfiles {

    /** What the public may read about an organisation. */
    public record Profile(UUID id, String name, @Nullable String descriptionFi, @Nullable String descriptionSv,
                          @Nullable String descriptionEn, @Nullable String email, @Nullable String phone,
                          @Nullable String website, @Nullable String businessId,
                          @Nullable String associationRegisterNumber) {

        static Profile of(Organisation o) {
            return new Profile(o.id(), o.name(), o.descriptionFi(), o.descriptionSv(), o.descriptionEn(),
                    o.contactEmail(), o.contactPhone(), o.website(), o.businessId(), o.associationRegisterNumber());
        }
    }

    private final OrganisationRepository organisations;

    OrganisationProfiles(OrganisationRepository organisations) {
        this.organisations = organisations;
    }

    public Optional<Profile> find(UUID id) {
        return organisations.findById(id).map(Profile::of);
    }

    /** The profiles of these organisations in the order of the ids; ids that name none are left out. */
    public List<Profile> find(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, Organisation> byId = organisations.findByIdIn(ids).stream()
                .collect(Collectors.toMap(Organisation::id, Function.identity()));
        return ids.stream().filter(byId::containsKey).map(id -> Profile.of(byId.get(id))).toList();
    }
}
