package fi.tarjotin.opportunity;

import fi.tarjotin.access.Caller;
import fi.tarjotin.access.Scope;
import fi.tarjotin.codes.CodeLists;
import fi.tarjotin.common.Cursor;
import fi.tarjotin.municipality.Municipalities;
import fi.tarjotin.organisation.Organisations;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.convert.ConversionService;
import io.micronaut.http.HttpParameters;
import io.micronaut.http.simple.SimpleHttpParameters;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Published listings for those who never sign in (the public site, feeds, the HSDS view): the same search
 * as the API, but always of one municipality and always of published listings only, whatever the query
 * string asks for.
 */
@Singleton
public class PublishedOpportunities {

    /**
     * The filters a public caller may use, and the page language (whose texts rank first in a search by words);
     * anything else in the query string is ignored.
     */
    public static final List<String> PUBLIC_FILTERS =
            List.of("type", "targetGroup", "language", "q", "availableOnly", "top", "cursor", "count", "lang");

    /** Nobody: no roles, no organisations, no municipalities, so the search shows published listings only. */
    private static final Scope NOBODY = new Scope(
            new Caller(new UUID(0, 0), new UUID(0, 0), null, null, Set.of(), false), Set.of(), Set.of());

    /** One page of a public search. */
    public record Found(List<OpportunitySummary> items, @Nullable Cursor next, @Nullable Long count) {
    }

    /** The one-to-one fields of a published listing, as the whole-catalogue pages (HSDS) list them. */
    public record Row(UUID id, UUID organisationId, String titleFi, @Nullable String titleSv, @Nullable String titleEn,
                      @Nullable String summaryFi, @Nullable String summarySv, @Nullable String summaryEn,
                      @Nullable String email, Instant updatedAt, @Nullable String municipalityCode) {
    }

    private final OpportunitySearch search;
    private final OpportunityRepository repository;
    private final OpportunityLinkStore links;
    private final CodeLists codes;
    private final Municipalities municipalities;
    private final ConversionService conversion;
    private final PublishedQueries catalogue;
    private final Organisations organisations;

    PublishedOpportunities(OpportunitySearch search, OpportunityRepository repository, OpportunityLinkStore links,
                           CodeLists codes, Municipalities municipalities, ConversionService conversion,
                           PublishedQueries catalogue, Organisations organisations) {
        this.search = search;
        this.repository = repository;
        this.links = links;
        this.codes = codes;
        this.municipalities = municipalities;
        this.conversion = conversion;
        this.catalogue = catalogue;
        this.organisations = organisations;
    }

    /** Published listings of a municipality, filtered by the public filters of the query string. */
    public Found search(String municipalityCode, HttpParameters query) {
        Map<CharSequence, List<String>> allowed = new LinkedHashMap<>();
        for (String name : PUBLIC_FILTERS) {
            List<String> values = query.getAll(name);
            if (!values.isEmpty()) {
                allowed.put(name, values);
            }
        }
        allowed.put("municipality", List.of(municipalityCode));
        SearchCriteria criteria = SearchCriteria.parse(new SimpleHttpParameters(allowed, conversion), codes,
                municipalities).inLanguage(query.get("lang"));
        OpportunitySearch.Result result = search.search(criteria, NOBODY);
        return new Found(result.items(), result.next(), result.count());
    }

    /** A listing if, and only if, it is published now. */
    public Optional<OpportunityView> find(UUID id) {
        return repository.findById(id)
                .filter(o -> o.status() == OpportunityStatus.PUBLISHED)
                .map(o -> OpportunityMapper.toView(o, links.read(id),
                        organisations.nameOf(o.organisationId())));
    }

    /** How many listings are published, in the whole catalogue. */
    public long count() {
        return catalogue.count();
    }

    /** A numbered page (from 1) of the whole catalogue's published listings, most recently changed first. */
    public List<Row> page(int page, int perPage) {
        return catalogue.page(page, perPage);
    }

    /** How many organisations have a published listing. */
    public long countPublishers() {
        return catalogue.countPublishers();
    }

    /** A numbered page (from 1) of the organisations that have a published listing, by name. */
    public List<UUID> publishers(int page, int perPage) {
        return catalogue.publishers(page, perPage);
    }
}
