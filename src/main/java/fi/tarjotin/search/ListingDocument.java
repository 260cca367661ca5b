package fi.tarjotin.search;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * What the search index knows of one listing: its texts in each language, the labels of its codes in each
 * language (so that "nuoret" or "työkokeilu" find a listing by its target group or type), and the codes and
 * facts the filters, the caller's scope and the order read.
 *
 * @param id                     the listing
 * @param texts                  its own texts by language; a language it is not written in is absent
 * @param organisationName       the name of the organisation offering it
 * @param labels                 by language, the labels of its type, target groups, languages and municipalities
 * @param type                   the type code
 * @param targetGroups           target group codes
 * @param languages              codes of the languages it is offered in
 * @param municipalities         municipality codes where it is offered
 * @param deliveryMode           delivery mode code, or {@code null}
 * @param status                 lifecycle status name ({@code DRAFT}, {@code PUBLISHED}, ...)
 * @param organisationId         the organisation that owns it
 * @param partnerOrganisationIds partner organisations that offer it too
 * @param updatedAt              when it last changed: the tie-break after relevance
 * @param capacityAvailable      places free, {@code null} for no limit
 * @param deadline               last day to apply, or {@code null}
 * @param validFrom              first day it runs, or {@code null}
 * @param validTo                last day it runs, or {@code null}
 * @param placeNames             the names of its municipalities in every language, matched as written (a place's
 *                               inflected form, such as "Nurmeksessa", finds only a listing whose text has it)
 */
public record ListingDocument(UUID id, Map<SearchLanguage, Texts> texts, String organisationName,
                              Map<SearchLanguage, List<String>> labels, String type, Set<String> targetGroups,
                              Set<String> languages, Set<String> municipalities, String deliveryMode,
                              String status, UUID organisationId, Set<UUID> partnerOrganisationIds,
                              Instant updatedAt, Integer capacityAvailable, LocalDate deadline,
                              LocalDate validFrom, LocalDate validTo, Set<String> placeNames) {

    /** A listing with no capacity or date limits. */
    public ListingDocument(UUID id, Map<SearchLanguage, Texts> texts, String organisationName,
                           Map<SearchLanguage, List<String>> labels, String type, Set<String> targetGroups,
                           Set<String> languages, Set<String> municipalities, String deliveryMode,
                           String status, UUID organisationId, Set<UUID> partnerOrganisationIds, Instant updatedAt) {
        this(id, texts, organisationName, labels, type, targetGroups, languages, municipalities, deliveryMode, status,
                organisationId, partnerOrganisationIds, updatedAt, null, null, null, null, Set.of());
    }

    /** A listing's own texts in one language; any of them may be {@code null}. */
    public record Texts(String title, String summary, String description, String requirements) {
    }

    public ListingDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(organisationId, "organisationId");
        Objects.requireNonNull(updatedAt, "updatedAt");
        texts = Map.copyOf(texts);
        organisationName = organisationName == null ? "" : organisationName;
        labels = Map.copyOf(labels);
        targetGroups = Set.copyOf(targetGroups);
        languages = Set.copyOf(languages);
        municipalities = Set.copyOf(municipalities);
        partnerOrganisationIds = Set.copyOf(partnerOrganisationIds);
        placeNames = placeNames == null ? Set.of() : Set.copyOf(placeNames);
    }
}
