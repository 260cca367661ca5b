package fi.tarjotin.common;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A postal code is five digits or it cannot be made. */
class PostalCodeTest {

    @Test
    void fiveDigitsAreAPostalCode() {
        assertEquals("00100", new PostalCode("00100").value());
        assertTrue(PostalCode.isValid("99999"));
    }

    @Test
    void anythingElseCannotBeMade() {
        for (String wrong : new String[] {"1234", "123456", "8010a", " 80100", "８０１００", ""}) {
            assertFalse(PostalCode.isValid(wrong), wrong);
            assertThrows(IllegalArgumentException.class, () -> new PostalCode(wrong), wrong);
        }
        assertThrows(IllegalArgumentException.class, () -> new PostalCode(null));
    }
}
