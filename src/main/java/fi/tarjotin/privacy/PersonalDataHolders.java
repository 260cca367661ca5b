package fi.tarjotin.privacy;

import fi.tarjotin.access.Caller;
import fi.tarjotin.audit.AuditActors;
import fi.tarjotin.privacy.PersonMatch.Identity;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds, exports and erases one person across every feature that holds personal data, each through its own
 * {@link PersonalDataHolder}, in the caller's transaction. What grants access stays on erasure: a membership, a
 * coordinator assignment or a subscription keeps its tenant and object id (only an explicit removal takes access
 * away), so an erasure never locks a working editor out as a side effect. Audit rows stay too, as the trail they
 * are, with the name replaced.
 */
@Singleton
class PersonalDataHolders {

    private final List<PersonalDataHolder> holders;
    private final AuditActors auditTrail;

    PersonalDataHolders(List<PersonalDataHolder> holders, AuditActors auditTrail) {
        this.holders = holders;
        this.auditTrail = auditTrail;
    }

    /**
     * The addresses and identities of the person: those given, the identities of the rows with a given
     * address, and the addresses of the rows with any of those identities. One step each way, so that an
     * address someone once typed for another person does not pull in that person's other addresses.
     */
    PersonMatch resolve(@Nullable String email, @Nullable Identity identity) {
        Set<String> emails = new LinkedHashSet<>();
        Set<Identity> identities = new LinkedHashSet<>();
        if (email != null) {
            emails.add(email);
        }
        if (identity != null) {
            identities.add(identity);
        }
        PersonMatch byAddress = new PersonMatch(Set.copyOf(emails), Set.of());
        holders.forEach(h -> identities.addAll(h.identitiesOf(byAddress)));
        PersonMatch byIdentity = new PersonMatch(Set.of(), Set.copyOf(identities));
        holders.forEach(h -> emails.addAll(h.addressesOf(byIdentity)));
        return new PersonMatch(Set.copyOf(emails), Set.copyOf(identities));
    }

    PersonalData export(@Nullable String email, PersonMatch person) {
        PersonalDataExport export = new PersonalDataExport();
        holders.forEach(h -> h.export(person, export));
        export.auditActions(auditTrail.actionsOf(actors(person)).stream()
                .map(a -> new PersonalData.AuditAction(a.entityType(), a.entityId(), a.action(), a.occurredAt(),
                        a.actorName())).toList());
        return export.build(email, person);
    }

    /** The person's name goes from the audit trail first, so the rows the erasure itself audits keep theirs. */
    PersonalData.Erasure erase(PersonMatch person, Caller caller) {
        PersonalDataErasures erased = new PersonalDataErasures();
        erased.auditNames(auditTrail.replaceNames(actors(person), PersonalDataErasures.ERASED_NAME));
        holders.forEach(h -> h.erase(person, caller, erased));
        return erased.build();
    }

    private static Collection<AuditActors.Actor> actors(PersonMatch person) {
        return person.identities().stream().map(i -> new AuditActors.Actor(i.tenantId(), i.oid())).toList();
    }
}
