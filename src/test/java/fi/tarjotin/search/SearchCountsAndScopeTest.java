package fi.tarjotin.search;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Counts per filter value under the current filters and the caller's scope, and the scope itself: nobody finds,
 * or sees counted, a listing they may not see.
 */
class SearchCountsAndScopeTest extends IndexedCatalogue {

    private static final UUID KIELO = Catalogue.organisationIdOf("Kahvila Kielo Oy");

    @Test
    void eachTypeIsCountedAsIfItWereTheTypeChosen() {
        SearchFilters workTrials = SearchFilters.published().with(Facet.TYPE, Set.of("WORK_TRIAL"));

        SearchResult result = search("", workTrials, SearchScope.publishedOnly());

        Map<String, Long> expected = count(published(), ListingDocument::type);
        assertEquals(expected, result.counts().get(Facet.TYPE));
        assertEquals(expected.get("WORK_TRIAL"), result.total());
    }

    @Test
    void otherDimensionsAreCountedUnderTheChosenFilters() {
        SearchFilters workTrials = SearchFilters.published().with(Facet.TYPE, Set.of("WORK_TRIAL"));

        SearchResult result = search("", workTrials, SearchScope.publishedOnly());

        Predicate<ListingDocument> workTrial = published().and(l -> l.type().equals("WORK_TRIAL"));
        assertEquals(countEach(workTrial, ListingDocument::municipalities), result.counts().get(Facet.MUNICIPALITY));
        assertEquals(countEach(workTrial, ListingDocument::targetGroups), result.counts().get(Facet.TARGET_GROUP));
    }

    @Test
    void countsFollowTheWordsTyped() {
        SearchResult result = search("nuoret", SearchFilters.published(), SearchScope.publishedOnly());

        Map<String, Long> types = result.counts().get(Facet.TYPE);
        assertEquals(result.total(), types.values().stream().mapToLong(Long::longValue).sum());
        assertEquals(countEach(published().and(l -> l.targetGroups().contains("YOUTH")),
                ListingDocument::targetGroups).get("YOUTH"), result.counts().get(Facet.TARGET_GROUP).get("YOUTH"));
    }

    @Test
    void aDraftIsNeitherFoundNorCountedForTheAnonymousPublic() {
        SearchFilters everyStatus = new SearchFilters(Map.of(), Set.of("DRAFT", "PUBLISHED"), null);

        SearchResult result = search("kahvila", everyStatus, SearchScope.publishedOnly());

        assertFalse(result.ids().contains(CATALOGUE.id("kahvila-luonnos")));
        assertEquals(result.ids().size(), result.total());
        assertEquals(result.total(), result.counts().get(Facet.TYPE).values().stream().mapToLong(Long::longValue).sum());
    }

    @Test
    void anEditorFindsTheirOwnOrganisationsDraft() {
        SearchFilters drafts = new SearchFilters(Map.of(), Set.of("DRAFT"), null);

        SearchResult own = search("kahvila", drafts, SearchScope.publishedAnd(Set.of(KIELO), Set.of()));
        SearchResult other = search("kahvila", drafts,
                SearchScope.publishedAnd(Set.of(Catalogue.organisationIdOf("Hotelli Pielinen")), Set.of()));

        assertEquals(List.of(CATALOGUE.id("kahvila-luonnos")), own.ids());
        assertTrue(other.ids().isEmpty());
        assertEquals(0, other.total());
    }

    @Test
    void aCoordinatorFindsDraftsInTheirMunicipalityOnly() {
        SearchFilters drafts = new SearchFilters(Map.of(), Set.of("DRAFT", "CLOSED"), null);

        SearchResult joensuu = search("", drafts, SearchScope.publishedAnd(Set.of(), Set.of("167")));
        SearchResult everything = search("", drafts, SearchScope.all());

        assertEquals(List.of(CATALOGUE.id("kahvila-luonnos")), joensuu.ids());
        assertEquals(Set.of(CATALOGUE.id("kahvila-luonnos"), CATALOGUE.id("kalastus-suljettu")),
                Set.copyOf(everything.ids()));
    }

    @Test
    void theOrganisationFilterFindsItsListings() {
        SearchFilters kielo = new SearchFilters(Map.of(), Set.of("PUBLISHED"), KIELO);

        assertEquals(List.of(CATALOGUE.id("kahvila-kielo")),
                search("", kielo, SearchScope.publishedOnly()).ids());
    }

    @Test
    void aChangeIsSearchableAtOnceAndARemovalGoneAtOnce() throws Exception {
        try (ListingIndex fresh = new ListingIndex()) {
            fresh.replaceAll(CATALOGUE.all());
            ListingDocument draft = CATALOGUE.get("kahvila-luonnos");
            ListingDocument published = new ListingDocument(draft.id(), draft.texts(), draft.organisationName(),
                    draft.labels(), draft.type(), draft.targetGroups(), draft.languages(), draft.municipalities(),
                    null, "PUBLISHED", draft.organisationId(), Set.of(), draft.updatedAt());

            fresh.put(published);
            assertTrue(fresh.search(SearchRequest.of("kesätyökokeilu", SearchLanguage.FI, 5)).ids()
                    .contains(draft.id()));

            fresh.remove(draft.id());
            assertTrue(fresh.search(SearchRequest.of("kesätyökokeilu", SearchLanguage.FI, 5)).ids().isEmpty());
            assertEquals(CATALOGUE.all().size() - 1, fresh.size());
        }
    }

    private static SearchResult search(String text, SearchFilters filters, SearchScope scope) {
        return index.search(new SearchRequest(text, SearchLanguage.FI, filters, scope, Set.of(Facet.values()), 100,
                null));
    }

    private static Predicate<ListingDocument> published() {
        return l -> l.status().equals("PUBLISHED");
    }

    private static Map<String, Long> count(Predicate<ListingDocument> which, Function<ListingDocument, String> code) {
        return CATALOGUE.all().stream().filter(which).collect(Collectors.groupingBy(code, Collectors.counting()));
    }

    private static Map<String, Long> countEach(Predicate<ListingDocument> which,
                                               Function<ListingDocument, Set<String>> codes) {
        return CATALOGUE.all().stream().filter(which).flatMap(l -> codes.apply(l).stream())
                .collect(Collectors.groupingBy(c -> c, Collectors.counting()));
    }
}
