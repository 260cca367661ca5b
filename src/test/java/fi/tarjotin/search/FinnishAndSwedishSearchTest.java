package fi.tarjotin.search;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a coach types, in Finnish and Swedish, over the search catalogue: each query brings its listing into the
 * first three, and the listings it should not find are not found at all.
 */
class FinnishAndSwedishSearchTest extends IndexedCatalogue {


    @ParameterizedTest(name = "[{1}] \"{0}\" finds {2}")
    @CsvSource(delimiter = '|', textBlock = """
            kahvila               | fi | kahvila-kielo
            kahvilassa            | fi | kahvila-kielo
            kahvilaan             | fi | kahvila-kielo
            kahvilat              | fi | kahvila-kielo
            keittiö               | fi | lounasravintola
            keittiössä            | fi | lounasravintola
            keittiossa            | fi | lounasravintola
            puutyö                | fi | puutyopaja
            puutöitä              | fi | puutyopaja
            puutöihin             | fi | puutyopaja
            lypsy navetta         | fi | maatila
            karjalanpiirakka      | fi | leipomo
            kirjasto              | fi | kirjasto
            """)
    void inflectedFinnishWordsFindTheirListing(String query, String language, String expected) {
        assertInFirstThree(query, language, expected);
    }

    @ParameterizedTest(name = "[{1}] \"{0}\" finds {2}")
    @CsvSource(delimiter = '|', textBlock = """
            keittiö               | fi | koulukeittio
            keittiössä            | fi | koulukeittio
            metsä                 | fi | metsatyo
            siivous               | fi | hotelli
            kök                   | sv | lounasravintola
            snickeri              | sv | puutyopaja
            bageri                | sv | leipomo
            """)
    void aWordFindsTheCompoundsItIsPartOf(String query, String language, String expected) {
        assertInFirstThree(query, language, expected);
    }

    @ParameterizedTest(name = "[{1}] \"{0}\" finds {2}")
    @CsvSource(delimiter = '|', textBlock = """
            kahvla                | fi | kahvila-kielo
            kirjastto             | fi | kirjasto
            siivooaja             | fi | siivous-outokumpu
            lounasravintla        | fi | lounasravintola
            bibliotket            | sv | kirjasto
            """)
    void oneTypoIsForgivenInALongWord(String query, String language, String expected) {
        assertInFirstThree(query, language, expected);
    }

    @ParameterizedTest(name = "[{1}] \"{0}\" finds {2}")
    @CsvSource(delimiter = '|', textBlock = """
            nuoret Kitee              | fi | autokorjaamo
            nuorille golf             | fi | golfkentta
            maahanmuuttaja kirjasto   | fi | kirjasto
            maahanmuuttajille maatila | fi | maatila
            työkokeilu kahvila        | fi | kahvila-kielo
            palkkatuki siivooja       | fi | siivous-outokumpu
            kuntouttava Liperi        | fi | koulukeittio
            Nurmes puutyö             | fi | puutyopaja
            arabia                    | fi | uravalmennus
            unga städning             | sv | hotelli
            invandrare bibliotek      | sv | kirjasto
            arbetsprövning kafé       | sv | kahvila-kielo
            frivilligarbete Lieksa    | sv | nuorisotalo
            """)
    void labelWordsOfTypesGroupsLanguagesAndPlacesAreSearchable(String query, String language, String expected) {
        assertInFirstThree(query, language, expected);
    }

    @ParameterizedTest(name = "[{1}] \"{0}\" finds {2}")
    @CsvSource(delimiter = '|', textBlock = """
            kahvila Joensuu                  | fi | kahvila-kielo
            siivous Outokumpu                | fi | siivous-outokumpu
            metsä raivaus                    | fi | metsatyo
            jätteiden lajittelu              | fi | rakennus
            hotellin siivous englanti        | fi | hotelli
            tietokoneiden asennus testaus    | fi | tietokoneet
            kundservice kafé gågatan         | sv | kahvila-kielo
            skötsel kyrkan                   | sv | seurakunta-sv
            """)
    void severalWordsFindTheListingWithAllOfThem(String query, String language, String expected) {
        assertInFirstThree(query, language, expected);
    }

    @ParameterizedTest(name = "[{1}] \"{0}\" finds {2}")
    @CsvSource(delimiter = '|', textBlock = """
            kahvila               | sv | kahvila-kielo
            puutöitä              | sv | puutyopaja
            kafé                  | fi | kahvila-kielo
            daghem                | fi | daghem
            snickeriverkstad      | fi | puutyopaja
            computers             | fi | tietokoneet
            coaching              | sv | uravalmennus
            """)
    void aWordInAnotherLanguageStillFindsTheListing(String query, String language, String expected) {
        assertInFirstThree(query, language, expected);
    }

    @ParameterizedTest(name = "[{1}] \"{0}\" does not find {2}")
    @CsvSource(delimiter = '|', textBlock = """
            kahvila               | fi | puutyopaja metsatyo leipomo
            puutöitä              | fi | kahvila-kielo lounasravintola
            työkokeilu kahvila    | fi | kahvila-seurakunta
            keittiö               | fi | kahvila-kielo varasto
            nuoret                | fi | kahvila-kielo puutyopaja nuorisotalo
            maahanmuuttaja        | fi | lounasravintola varasto
            metsä raivaus         | fi | kahvila-kielo golfkentta
            kahvila               | fi | kahvila-luonnos
            kalastus              | fi | kalastus-suljettu
            siivous Outokumpu     | fi | hotelli
            kafé                  | sv | museo-sv leipomo
            """)
    void listingsThatDoNotMatchAreNotFound(String query, String language, String unwanted) {
        List<UUID> found = search(query, language);
        for (String slug : unwanted.split(" ")) {
            assertFalse(found.contains(CATALOGUE.id(slug)),
                    () -> "\"" + query + "\" found " + slug + ": " + names(found));
        }
    }

    private void assertInFirstThree(String query, String language, String expected) {
        List<UUID> found = search(query, language);
        List<UUID> firstThree = found.subList(0, Math.min(3, found.size()));
        assertTrue(firstThree.contains(CATALOGUE.id(expected)),
                () -> "\"" + query + "\" did not bring " + expected + " into the first three: " + names(found));
    }

    private static List<UUID> search(String query, String language) {
        return index.search(SearchRequest.of(query, SearchLanguage.of(language), 50)).ids();
    }

    private static List<String> names(List<UUID> ids) {
        return ids.stream().map(CATALOGUE::slug).toList();
    }

    static List<String> words(String list) {
        return Arrays.asList(list.split(" "));
    }
}
