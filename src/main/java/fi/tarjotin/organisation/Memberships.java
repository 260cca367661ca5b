package fi.tarjotin.organisation;

import fi.tarjotin.access.MembershipDirectory;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Organisations and their members as other features ask about them: scope, invitations, the dev sign-in.
 * Members are written only through here and {@link MemberService}, both by {@link OrganisationMemberRepository}.
 */
@Singleton
public class Memberships implements MembershipDirectory {

    /** An organisation with its municipalities, as a list for people to pick from shows it. */
    public record Outline(UUID id, String name, List<String> municipalityCodes) {
    }

    private final OrganisationRepository organisations;
    private final OrganisationMemberRepository members;
    private final OrganisationQueries queries;

    Memberships(OrganisationRepository organisations, OrganisationMemberRepository members,
                OrganisationQueries queries) {
        this.organisations = organisations;
        this.members = members;
        this.queries = queries;
    }

    @Override
    public Set<UUID> organisationsOf(UUID tenantId, UUID oid) {
        return members.findByTenantIdAndOid(tenantId, oid).stream().map(OrganisationMember::organisationId)
                .collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public Map<UUID, String> namesOf(Set<UUID> organisationIds) {
        if (organisationIds.isEmpty()) {
            return Map.of();
        }
        return organisations.findByIdIn(organisationIds).stream()
                .collect(Collectors.toUnmodifiableMap(Organisation::id, Organisation::name));
    }

    public boolean organisationExists(UUID organisationId) {
        return organisations.existsById(organisationId);
    }

    /** The organisation's municipality codes, sorted. */
    public List<String> municipalitiesOf(UUID organisationId) {
        return queries.codesOf(organisationId);
    }

    public boolean isMember(UUID organisationId, UUID tenantId, UUID oid) {
        return members.existsByOrganisationIdAndTenantIdAndOid(organisationId, tenantId, oid);
    }

    /**
     * Makes the person an editor of the organisation unless they already are one; the id of the new member,
     * or empty where there was nothing to add. The caller decides who may do this and audits it.
     */
    public Optional<UUID> addEditor(UUID organisationId, UUID tenantId, UUID oid, String displayName,
                                    @Nullable String email, Instant createdAt) {
        if (isMember(organisationId, tenantId, oid)) {
            return Optional.empty();
        }
        return Optional.of(members.save(OrganisationMember.editor(organisationId, tenantId, oid, displayName, email,
                createdAt)).id());
    }

    /** Every organisation with its municipalities, by name. */
    public List<Outline> outlines() {
        List<Organisation> all = organisations.findAll().stream()
                .sorted(Comparator.comparing(Organisation::nameSort).thenComparing(Organisation::id)).toList();
        Map<UUID, List<String>> codes = queries.codesOf(all.stream().map(Organisation::id).toList());
        return all.stream().map(o -> new Outline(o.id(), o.name(), codes.getOrDefault(o.id(), List.of()))).toList();
    }
}
