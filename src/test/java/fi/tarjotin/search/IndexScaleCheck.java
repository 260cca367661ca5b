package fi.tarjotin.search;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * Not a test: a measurement run by hand (see notes), indexing synthetic listings made of the catalogue's
 * vocabulary and timing two-word searches with and without counts. Prints figures; asserts nothing.
 */
final class IndexScaleCheck {

    private static final String[] MUNICIPALITIES =
            {"090", "146", "167", "176", "260", "276", "309", "422", "426", "541", "607", "707", "848"};
    private static final String[] TYPES = {"WORK_TRIAL", "INTERNSHIP", "VOLUNTEERING", "SUBSIDISED_WORK",
            "REHABILITATIVE_WORK", "CAREER_COACHING"};
    private static final String[] GROUPS = {"YOUTH", "IMMIGRANTS", "EVERYONE", "RECOVERING", "LONG_TERM_UNEMPLOYED"};

    private IndexScaleCheck() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long heapBefore = rt.totalMemory() - rt.freeMemory();
        List<String> words = vocabulary();
        Random random = new Random(42);
        List<ListingDocument> listings = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            listings.add(synthetic(random, words, i));
        }
        try (ListingIndex index = new ListingIndex()) {
            long start = System.nanoTime();
            index.replaceAll(listings);
            long indexing = System.nanoTime() - start;
            listings.clear();
            System.gc();
            long heapAfter = rt.totalMemory() - rt.freeMemory();
            System.out.printf("indexed %d in %d ms; index files %d MB; heap growth %d MB%n", n,
                    indexing / 1_000_000, index.sizeInBytes() >> 20, (heapAfter - heapBefore) >> 20);
            String[] queries = {"kahvila joensuu", "siivous outokumpu", "keittiössä nuoret", "puutöitä lieksa",
                    "kafé arbetsprövning", "metsä raivaus", "kirjasto maahanmuuttaja", "hotellin siivous"};
            time(index, queries, Set.of(), "two words");
            time(index, queries, Set.of(Facet.TYPE, Facet.TARGET_GROUP, Facet.LANGUAGE, Facet.MUNICIPALITY),
                    "two words + 4 facets");
            long t = System.nanoTime();
            index.put(synthetic(random, vocabulary(), 1));
            System.out.printf("one change searchable after %.2f ms%n", (System.nanoTime() - t) / 1e6);
        }
    }

    private static void time(ListingIndex index, String[] queries, Set<Facet> facets, String label) {
        for (int i = 0; i < 200; i++) {
            index.search(request(queries[i % queries.length], facets));
        }
        int runs = 2000;
        long[] took = new long[runs];
        long hits = 0;
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            hits += index.search(request(queries[i % queries.length], facets)).total();
            took[i] = System.nanoTime() - t;
        }
        Arrays.sort(took);
        System.out.printf("%s: p50 %.2f ms, p99 %.2f ms, max %.2f ms, mean hits %d%n", label, took[runs / 2] / 1e6,
                took[runs * 99 / 100] / 1e6, took[runs - 1] / 1e6, hits / runs);
    }

    private static SearchRequest request(String text, Set<Facet> facets) {
        return new SearchRequest(text, SearchLanguage.FI, SearchFilters.published(), SearchScope.publishedOnly(),
                facets, 50, null);
    }

    private static List<String> vocabulary() {
        List<String> words = new ArrayList<>();
        for (ListingDocument listing : Catalogue.load().all()) {
            listing.texts().values().forEach(t -> {
                for (String text : new String[] {t.title(), t.summary(), t.description(), t.requirements()}) {
                    if (text != null) {
                        words.addAll(Arrays.asList(text.split("[\\s,.:!–]+")));
                    }
                }
            });
        }
        return words;
    }

    private static ListingDocument synthetic(Random random, List<String> words, int i) {
        Map<SearchLanguage, ListingDocument.Texts> texts = new EnumMap<>(SearchLanguage.class);
        texts.put(SearchLanguage.FI, new ListingDocument.Texts(sentence(random, words, 4),
                sentence(random, words, 15), sentence(random, words, 60), sentence(random, words, 10)));
        String municipality = MUNICIPALITIES[random.nextInt(MUNICIPALITIES.length)];
        String group = GROUPS[random.nextInt(GROUPS.length)];
        String type = TYPES[random.nextInt(TYPES.length)];
        Map<SearchLanguage, List<String>> labels = Map.of(SearchLanguage.FI,
                List.of(type.toLowerCase(), group.toLowerCase(), "Kunta " + municipality));
        return new ListingDocument(new UUID(0, i), texts, "Organisaatio " + random.nextInt(2000), labels, type,
                Set.of(group), Set.of("fi"), Set.of(municipality), null, random.nextInt(10) == 0 ? "DRAFT" : "PUBLISHED",
                new UUID(1, random.nextInt(2000)), Set.of(), Instant.ofEpochSecond(1_700_000_000L + i));
    }

    private static final String[] SYLLABLES = {"ka", "hi", "lo", "tu", "me", "sä", "ri", "va", "no", "pe", "ju",
            "ty", "kö", "la", "mi", "sa", "ta", "ve", "ro", "nu"};

    /** Catalogue words one time in five, otherwise one of 40,000 made-up words: a vocabulary of real breadth. */
    private static String sentence(Random random, List<String> words, int length) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < length; i++) {
            if (random.nextInt(5) == 0) {
                s.append(words.get(random.nextInt(words.size())));
            } else {
                int w = random.nextInt(40_000);
                for (int k = 0; k < 4; k++) {
                    s.append(SYLLABLES[w % SYLLABLES.length]);
                    w /= SYLLABLES.length;
                }
            }
            s.append(' ');
        }
        return s.toString();
    }
}
