package fi.tarjotin.organisation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BusinessIdTest {

    @Test
    void acceptsAnIdWhoseCheckDigitMatches() {
        assertEquals("1234567-1", BusinessId.parse("1234567-1").orElseThrow().value());
    }

    @Test
    void refusesAnIdWhoseCheckDigitIsWrong() {
        assertFalse(BusinessId.isValid("1234567-2"));
    }

    @Test
    void acceptsOtherIdsWithMatchingCheckDigit() {
        assertTrue(BusinessId.isValid("0201256-6"));
        assertTrue(BusinessId.isValid("0112038-9"));
    }

    @Test
    void remainderZeroGivesCheckDigitZero() {
        // 0000000: weighted sum 0, remainder 0
        assertTrue(BusinessId.isValid("0000000-0"));
        assertEquals(0, BusinessId.checkDigit("0000000"));
    }

    @Test
    void remainderOneIsNeverAValidId() {
        // 1000000: 7 * 1 = 7; 0100000: 9; 0000010: 4; 0010000 + 0000001: 10 + 2 = 12 → remainder 1
        assertEquals(-1, BusinessId.checkDigit("0010001"));
        for (int digit = 0; digit <= 9; digit++) {
            assertFalse(BusinessId.isValid("0010001-" + digit));
        }
    }

    @Test
    void padsOldSixDigitFormWithLeadingZero() {
        assertEquals("0201256-6", BusinessId.parse("201256-6").orElseThrow().value());
        assertFalse(BusinessId.isValid("201256-5"));
    }

    @Test
    void trimsSurroundingSpace() {
        assertEquals("1234567-1", BusinessId.parse(" 1234567-1 ").orElseThrow().value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1234567", "12345671", "1234567-", "1234567-12", "12345-1", "123456789-1",
            "abcdefg-1", "1234567 1", "1234567–1", "FI12345671"})
    void refusesAnythingNotInTheFormDigitsDashCheckDigit(String text) {
        assertFalse(BusinessId.isValid(text));
    }

    @Test
    void refusesNull() {
        assertTrue(BusinessId.parse(null).isEmpty());
    }

    @Test
    void cannotBeConstructedInvalid() {
        assertThrows(IllegalArgumentException.class, () -> new BusinessId("1234567-2"));
        assertThrows(IllegalArgumentException.class, () -> new BusinessId("201256-6"));
    }
}
