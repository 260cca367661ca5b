package fi.tarjotin.search;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** Tests over the search catalogue (src/test/resources/search), indexed once for the class. */
abstract class IndexedCatalogue {

    static final Catalogue CATALOGUE = Catalogue.load();
    static ListingIndex index;

    @BeforeAll
    static void indexTheCatalogue() {
        index = new ListingIndex();
        index.replaceAll(CATALOGUE.all());
    }

    @AfterAll
    static void close() throws Exception {
        index.close();
    }
}
