package fi.tarjotin.common;

import org.junit.jupiter.api.Test;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SortKeyTest {

    @Test
    void keepsTheFinnishLettersFoldsOtherAccentsAndCaseAndTurnsPunctuationIntoSpaces() {
        assertEquals("ähtärin urheilijat", SortKey.of("  ÄHTÄRIN   Urheilijat "));
        assertEquals("åbo akademi", SortKey.of("Åbo Akademi"));
        assertEquals("cafe mylly 2", SortKey.of("Café-Mylly (2)"));
        assertEquals("myller ölvi", SortKey.of("Müller Ølvi"));
        assertEquals("", SortKey.of(null));
        assertEquals(SortKey.LENGTH, SortKey.of("a".repeat(300)).length());
    }

    @Test
    void keysInCodePointOrderAreInFinnishOrderForTheLettersOfFinnish() {
        List<String> names = List.of("Öljy", "Zeta", "Bravo", "Ähtärin", "aalto", "Eero", "Éclair", "ämpäri");
        List<String> sorted = names.stream().sorted(Comparator.comparing(SortKey::of)).toList();
        assertEquals(Stream.of("aalto", "Bravo", "Éclair", "Eero", "Zeta", "Ähtärin", "ämpäri", "Öljy").toList(), sorted);
    }
}
