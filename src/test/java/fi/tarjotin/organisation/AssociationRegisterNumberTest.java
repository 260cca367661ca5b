package fi.tarjotin.organisation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

class AssociationRegisterNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"1", "42", "123", "1234", "123456", "1234567"})
    void acceptsOneToSevenDigits(String text) {
        assertEquals(text, AssociationRegisterNumber.parse(text).orElseThrow().value());
    }

    @Test
    void acceptsDotAsThousandsSeparatorAndDropsIt() {
        assertEquals("123456", AssociationRegisterNumber.parse("123.456").orElseThrow().value());
        assertEquals("1234", AssociationRegisterNumber.parse("1.234").orElseThrow().value());
        assertEquals("1234567", AssociationRegisterNumber.parse("1.234.567").orElseThrow().value());
    }

    @Test
    void bothWaysOfWritingOneNumberAreEqual() {
        assertEquals(AssociationRegisterNumber.parse("123.456"), AssociationRegisterNumber.parse("123456"));
    }

    @Test
    void dropsLeadingZeros() {
        assertEquals("42", AssociationRegisterNumber.parse("0042").orElseThrow().value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "0", "000", "12345678", "1.23", "12.3456", "1234.567", "123,456", "123 456",
            ".123", "123.", "1..234", "12.345.678", "ry 123", "-12"})
    void refusesOtherForms(String text) {
        assertFalse(AssociationRegisterNumber.isValid(text));
    }

    @Test
    void cannotBeConstructedInvalid() {
        assertThrows(IllegalArgumentException.class, () -> new AssociationRegisterNumber("123.456"));
        assertThrows(IllegalArgumentException.class, () -> new AssociationRegisterNumber("0"));
    }
}
