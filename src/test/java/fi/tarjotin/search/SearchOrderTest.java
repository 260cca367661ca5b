package fi.tarjotin.search;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The order of results: relevance first, then the newest change, then the id, and pages that follow it. */
class SearchOrderTest extends IndexedCatalogue {


    @Test
    void aWordInTheTitleRanksAboveTheSameWordInTheDescription() {
        assertEquals(List.of("kirjasto", "tapahtumat"), slugs("kirjasto", SearchLanguage.FI));
    }

    @Test
    void wordsCloseTogetherRankAboveWordsScatteredOverTheText() {
        assertEquals(List.of("rakennus", "kierratys"), slugs("jätteiden lajittelu", SearchLanguage.FI));
    }

    @Test
    void theCallersLanguageCountsFirst() {
        assertEquals("museo-fi", slugs("Carelicum", SearchLanguage.FI).get(0));
        assertEquals("museo-sv", slugs("Carelicum", SearchLanguage.SV).get(0));
    }

    @Test
    void withoutWordsTheNewestChangeComesFirst() {
        List<String> all = slugs("", SearchLanguage.FI);

        List<String> newestFirst = CATALOGUE.all().stream().filter(l -> l.status().equals("PUBLISHED"))
                .sorted((a, b) -> b.updatedAt().compareTo(a.updatedAt()))
                .map(l -> CATALOGUE.slug(l.id())).toList();
        assertEquals(newestFirst.subList(0, 5), all.subList(0, 5));
    }

    @Test
    void equallyRelevantListingsAreOrderedByNewestChangeThenId() throws Exception {
        Instant older = Instant.parse("2026-01-01T00:00:00Z");
        Instant newer = Instant.parse("2026-02-01T00:00:00Z");
        UUID a = UUID.fromString("00000000-0000-0000-0000-00000000000a");
        UUID b = UUID.fromString("00000000-0000-0000-0000-00000000000b");
        UUID c = UUID.fromString("00000000-0000-0000-0000-00000000000c");
        try (ListingIndex twins = new ListingIndex()) {
            twins.replaceAll(List.of(twin(c, older), twin(b, newer), twin(a, older)));

            assertEquals(List.of(b, a, c), twins.search(SearchRequest.of("kahvila", SearchLanguage.FI, 10)).ids());
        }
    }

    @Test
    void pagesAfterAPositionContinueTheOrderWithoutRepeatsOrGaps() {
        SearchRequest first = new SearchRequest("työkokeilu", SearchLanguage.FI, SearchFilters.published(),
                SearchScope.publishedOnly(), Set.of(), 50, null);
        List<UUID> whole = index.search(first).ids();
        assertTrue(whole.size() > 5, "the catalogue has enough work trials to page through");

        List<UUID> paged = new ArrayList<>();
        SearchPosition after = null;
        do {
            SearchResult page = index.search(new SearchRequest("työkokeilu", SearchLanguage.FI,
                    SearchFilters.published(), SearchScope.publishedOnly(), Set.of(), 2, after));
            paged.addAll(page.ids());
            after = page.next();
        } while (after != null);

        assertEquals(whole, paged);
    }

    @Test
    void theLastPageHasNoNextPosition() {
        SearchResult all = index.search(SearchRequest.of("puutyö", SearchLanguage.FI, 50));

        assertNull(all.next());
        assertEquals(all.hits().size(), all.total());
    }

    private static ListingDocument twin(UUID id, Instant updatedAt) {
        return new ListingDocument(id, Map.of(SearchLanguage.FI,
                new ListingDocument.Texts("Kahvila", "Kahvilatyötä", null, null)), "Kahvila Oy", Map.of(),
                "WORK_TRIAL", Set.of(), Set.of(), Set.of("167"), null, "PUBLISHED",
                Catalogue.organisationIdOf("Kahvila Oy"), Set.of(), updatedAt);
    }

    private static List<String> slugs(String query, SearchLanguage language) {
        return index.search(SearchRequest.of(query, language, 50)).ids().stream().map(CATALOGUE::slug).toList();
    }
}
