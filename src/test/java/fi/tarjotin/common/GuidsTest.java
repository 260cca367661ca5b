package fi.tarjotin.common;

import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

class GuidsTest {

    private static final UUID ID = UUID.fromString("8d3c4f0e-2b1a-4c5d-9e6f-7a8b9c0d1e2f");

    @Test
    void aGuidInItsFullFormIsReadInEitherCase() {
        assertEquals(Optional.of(ID), Guids.parse("8d3c4f0e-2b1a-4c5d-9e6f-7a8b9c0d1e2f"));
        assertEquals(Optional.of(ID), Guids.parse("8D3C4F0E-2B1A-4C5D-9E6F-7A8B9C0D1E2F"));
    }

    @Test
    void anythingElseIsNoGuid() {
        for (String text : new String[] {"1-2-3-4-5", "", " 8d3c4f0e-2b1a-4c5d-9e6f-7a8b9c0d1e2f",
                "8d3c4f0e2b1a4c5d9e6f7a8b9c0d1e2f", "{8d3c4f0e-2b1a-4c5d-9e6f-7a8b9c0d1e2f}", "abc"}) {
            assertEquals(Optional.empty(), Guids.parse(text), text);
        }
        assertEquals(Optional.empty(), Guids.parse(null));
    }
}
